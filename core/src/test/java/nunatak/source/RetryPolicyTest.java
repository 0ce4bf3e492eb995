package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void delaysDoubleWithJitterWithinHalfAndFullAndStopAtTheCap() {
        RetryPolicy p = new RetryPolicy(12, Duration.ofMillis(100), Duration.ofSeconds(2));
        for (int attempt = 1; attempt <= 12; attempt++) {
            long nominal = Math.min(2000, 100L << (attempt - 1));
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                long d = p.delayBefore(attempt).toMillis();
                assertTrue(d >= nominal / 2 && d <= nominal, "retry " + attempt + ": " + d + " ms not in ["
                        + nominal / 2 + ", " + nominal + "]");
                seen.add(d);
            }
            assertTrue(seen.size() > 5, "retry " + attempt + " is not jittered: " + seen);
        }
    }

    @Test
    void hugeAttemptNumbersStayAtTheCap() {
        RetryPolicy p = new RetryPolicy(5000, Duration.ofMillis(200), Duration.ofSeconds(10));
        long d = p.delayBefore(5000).toMillis();
        assertTrue(d >= 5000 && d <= 10_000, d + " ms");
    }

    @Test
    void zeroDelaysMeanRetryingAtOnce() {
        assertEquals(Duration.ZERO, new RetryPolicy(3, Duration.ZERO, Duration.ZERO).delayBefore(3));
    }

    @Test
    void theDefaultMatchesItsDocumentation() {
        assertEquals(5, RetryPolicy.DEFAULT.maxRetries());
        long first = RetryPolicy.DEFAULT.delayBefore(1).toMillis();
        assertTrue(first >= 100 && first <= 200, first + " ms");
    }

    @Test
    void nonsenseIsRejected() {
        assertThrows(InvalidArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new RetryPolicy(1, Duration.ofMillis(-1), Duration.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new RetryPolicy(1, null, Duration.ZERO));
    }
}
