package nunatak.viewer;

/**
 * Where a long request stands, for the page's progress bar: units of work (windows read) done out of a total.
 *
 * <pre>{@code
 * progress.start(blocks.size());
 * for (...) { ...; progress.advance(1); }
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
