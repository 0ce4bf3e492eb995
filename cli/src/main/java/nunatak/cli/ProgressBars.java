package nunatak.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nunatak.engine.ProgressListener;

/**
 * Shows engine progress as a bar on stderr when it is a terminal (tasks done / total, MiB read), and counts the
 * bytes tasks read wherever they ran (on a cluster, this JVM's own I/O counters see none of it).
 */
final class ProgressBars implements ProgressListener {
    private final boolean enabled;
    private ProgressBar bar;
    private long bytesDone;
    private long bytesTotal;

    private ProgressBars(boolean enabled) {
        this.enabled = enabled;
    }

    static ProgressBars forTerminal() {
        boolean tty = System.console() != null && !"1".equals(System.getenv("NUNATAK_NO_PROGRESS"));
        return new ProgressBars(tty);
    }

    @Override
    public void started(String job, int tasks, long bytes) {
        if (!enabled) {
            return;
        }
        bytesDone = 0;
        bar = new ProgressBarBuilder().setTaskName(job).setInitialMax(tasks).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200)
                .continuousUpdate().build();
    }

    @Override
    public void taskDone(long bytes) {
        bytesTotal += bytes;
        if (bar != null) {
            bytesDone += bytes;
            bar.step();
            bar.setExtraMessage(String.format(" %.1f MiB", bytesDone / 1048576.0));
        }
    }

    /** Bytes read by all tasks since this listener was made. */
    long bytesRead() {
        return bytesTotal;
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
