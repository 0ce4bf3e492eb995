package nunatak.viewer;

/**
 * A request the server answers with an error status and a JSON body {@code {"status": .., "error": ".."}}: 400 for
 * a malformed request, 502 when reading the source failed, 503 when the server is saturated.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpProblem(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    HttpProblem(int status, String message) {
        this(status, message, null);
    }

    int status() {
        return status;
    }
}
