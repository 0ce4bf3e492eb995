package nunatak.cli;

import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBar;
import nunatak.sample.SampleProgress;

/** Draws the sample generator's progress (in tiles) on a terminal; safe to call from its worker threads. */
final class SampleProgressBar implements SampleProgress, AutoCloseable {
    private final boolean enabled;
    private final long tileRows;
    private final AtomicReference<ProgressBar> bar = new AtomicReference<>();

    private SampleProgressBar(boolean enabled, long tileRows) {
        this.enabled = enabled;
        this.tileRows = tileRows;
    }

    /** A bar for tiles of {@code tileRows} rows, shown when a person is watching and {@code quiet} is false. */
    static SampleProgressBar forTerminal(long tileRows, boolean quiet) {
        return new SampleProgressBar(!quiet && ProgressBars.onTerminal(), tileRows);
    }

    @Override
    public void started(int tiles, long totalRows) {
        if (enabled) {
            bar.set(ProgressBars.bar("sample", totalRows, " tiles", tileRows));
        }
    }

    @Override
    public void advanced(long rows) {
        ProgressBar b = bar.get();
        if (b != null) {
            b.stepBy(rows);
        }
    }

    @Override
    public void close() {
        ProgressBar b = bar.getAndSet(null);
        if (b != null) {
            b.close();
        }
    }
}
