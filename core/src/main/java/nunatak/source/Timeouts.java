package nunatak.source;

import java.io.Serializable;
import java.time.Duration;
import nunatak.InvalidArgumentException;

/**
 * How long one attempt at a request may take before it is abandoned (its connection closed) and retried like
 * any transient failure. {@code stall} is the one that usually acts: a healthy object store sends its first
 * byte within a fraction of a second and then streams without pauses, so a response that goes {@code stall}
 * without a byte, before its headers or inside its body, is dead, however much of {@code request} is left.
 *
 * <pre>{@code
 * Timeouts t = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(5));
 * }</pre>
 *
 * @param connect TCP (and TLS) connect timeout
 * @param request the whole attempt, body included: the outer bound, whatever the pace of the bytes
 * @param stall   the longest time without a byte arriving, from sending the request to the headers and
 *                between pieces of the body
 */
public record Timeouts(Duration connect, Duration request, Duration stall) implements Serializable {

    public Timeouts {
        // A zero or missing timeout would mean "wait forever" to the HTTP clients.
        if (!positive(connect) || !positive(request) || !positive(stall)) {
            throw new InvalidArgumentException("timeouts must be positive, got connect " + connect + ", request "
                    + request + ", stall " + stall + "; give --timeout and --stall-timeout values above 0");
        }
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
