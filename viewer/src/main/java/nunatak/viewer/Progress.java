package nunatak.viewer;

/**
 * Where a long request stands, for the page's progress bar: units of work (windows read) done out of a total.
 *
 * <pre>{@code
 * progress.start(16);                         // 16 windows to read
 * for (int window = 0; window < 16; window++) {
 *     progress.advance(1);                    // one more read
 * }
 * }</pre>
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(long total) {
        }

        @Override
        public void advance(long done) {
        }
    };

    /** The work ahead, in units the caller chooses. */
    void start(long total);

    /** {@code done} more units are finished. */
    void advance(long done);
}
