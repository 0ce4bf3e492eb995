package nunatak.source;

import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The outer bound of one HTTP attempt, which the socket's read timeout (silence only) does not give: headers or a
 * body that trickle a byte at a time for ever. Until the body starts, the alarm closes the connection, which ends
 * the wait for headers at once; in the body it only marks the attempt expired, and the reading loop, which wakes at
 * least once per stall timeout, stops there (closing the connection from here would wait for the reader's lock).
 * One daemon thread serves every attempt in the JVM.
 */
final class RequestDeadline {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final HttpURLConnection connection;
    private ScheduledFuture<?> alarm;
    private boolean finished;
    private boolean inBody;
    private volatile boolean expired;

    private RequestDeadline(HttpURLConnection connection) {
        this.connection = connection;
    }

    static RequestDeadline start(HttpURLConnection connection, Duration timeout) {
        RequestDeadline d = new RequestDeadline(connection);
        d.alarm = TIMER.schedule(d::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return d;
    }

    private synchronized void expire() {
        if (!finished) {
            expired = true;
            if (!inBody) {
                connection.disconnect();
            }
        }
    }

    /** The headers are in: from now on the reader watches {@link #expired()} itself. */
    synchronized void bodyStarted() {
        inBody = true;
    }

    /**
     * Ends the watch; false when the deadline had already passed. After it returns, the connection is never closed
     * by the alarm, so it may go back to the pool.
     */
    synchronized boolean finish() {
        finished = true;
        alarm.cancel(false);
        return !expired;
    }

    boolean expired() {
        return expired;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "nunatak-http-deadline");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
