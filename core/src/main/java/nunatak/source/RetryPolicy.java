package nunatak.source;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How transient failures are retried: up to {@code maxRetries} more attempts, waiting an exponentially
 * growing delay with full jitter ({@code random(0.5, 1) * min(maxDelay, baseDelay * 2^attempt)}), so that
 * many tasks failing together do not retry in lockstep.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) implements Serializable {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(10));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
    }

    /** The wait before retry number {@code attempt} (1-based). */
    public Duration delayBefore(int attempt) {
        double exp = baseDelay.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(maxDelay.toMillis(), exp);
        double jittered = capped * (0.5 + 0.5 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }
}
