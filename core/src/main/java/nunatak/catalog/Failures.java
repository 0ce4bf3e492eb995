package nunatak.catalog;

import nunatak.AccessDeniedException;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.SourceIOException;
import nunatak.UnsupportedFormatException;

/** Adds where a failure happened in a catalog (which file linked the one that failed) without changing its kind. */
final class Failures {
    private Failures() {
    }

    static NunatakException withContext(Throwable t, String context) {
        if (!(t instanceof NunatakException e)) {
            return new NunatakException(context + ": " + t, t);
        }
        String m = e.getMessage() + " (" + context + ")";
        if (e instanceof NotFoundException) {
            return new NotFoundException(m, e);
        }
        if (e instanceof AccessDeniedException) {
            return new AccessDeniedException(m, e);
        }
        if (e instanceof BadContentException) {
            return new BadContentException(m, e);
        }
        if (e instanceof UnsupportedFormatException) {
            return new UnsupportedFormatException(m, e);
        }
        if (e instanceof InvalidArgumentException) {
            return new InvalidArgumentException(m, e);
        }
        if (e instanceof SourceIOException) {
            return new SourceIOException(m, e);
        }
        return new NunatakException(m, e);
    }
}
