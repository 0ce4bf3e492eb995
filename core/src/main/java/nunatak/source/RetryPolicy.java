package nunatak.source;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import nunatak.InvalidArgumentException;

/**
 * How transient failures are retried: up to {@code maxRetries} more attempts, waiting an exponentially
 * growing delay with jitter ({@code random(0.5, 1) * min(maxDelay, baseDelay * 2^(retry - 1))}), so that
 * many tasks failing together do not retry in lockstep, yet each wait stays at least half the nominal one.
 *
 * <pre>{@code
 * SourceOptions patient = SourceOptions.DEFAULT.withRetry(new RetryPolicy(10, Duration.ofSeconds(1),
 *         Duration.ofSeconds(30)));
 * }</pre>
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) implements Serializable {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(10));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new InvalidArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        if (baseDelay == null || maxDelay == null || baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new InvalidArgumentException("retry delays must be given and >= 0, got " + baseDelay + ", " + maxDelay);
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
