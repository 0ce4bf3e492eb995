package nunatak.spark;

import nunatak.NunatakException;

/** Turns what Spark reports for a failed job into the nunatak exception a user of the local engine would see. */
final class SparkFailures {
    private SparkFailures() {
    }

    static RuntimeException translate(String job, Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NunatakException ne) {
                return ne;
            }
        }
        return new NunatakException(job + " failed on Spark: " + firstLine(e), e);
    }

    /** Spark's messages carry the executor's stack trace after the first line; the first line says what happened. */
    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replace("Job aborted due to stage failure: ", "").strip();
    }
}
