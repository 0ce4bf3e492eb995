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
        return new ProgressBars(onTerminal());
    }

    /** Bars are drawn only for a person watching: a terminal, and NUNATAK_NO_PROGRESS not set to 1. */
    static boolean onTerminal() {
        return System.console() != null && !"1".equals(System.getenv("NUNATAK_NO_PROGRESS"));
    }

    /** A bar on stderr in the CLI's style; {@code unitSize} steps make one {@code unit}. */
    static ProgressBar bar(String task, long max, String unit, long unitSize) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).continuousUpdate();
        return (unit == null ? b : b.setUnit(unit, unitSize)).build();
    }

    @Override
    public void started(String job, int tasks, long bytes) {
        if (!enabled) {
            return;
        }
        bytesDone = 0;
        bar = bar(job, tasks, null, 1);
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
