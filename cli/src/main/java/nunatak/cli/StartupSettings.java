package nunatak.cli;

/**
 * System properties the CLI sets before anything reads them, so that a command does not open each of the ~250 jars
 * on its class path (Spark's) just to look for something that is not there. Opening them all costs 0.1-0.15 s, and
 * Log4j's start-up 0.3-0.5 s more (bench/README.md, issue 15); a command on the local engine needs neither. A property
 * the user set (in {@code NUNATAK_JAVA_OPTS}) is kept.
 */
final class StartupSettings {
    /** SLF4J's simple backend: warnings on stderr as "WARN message", configured in simplelogger.properties. */
    static final String SIMPLE = "org.slf4j.simple.SimpleServiceProvider";
    /** Log4j 2, which Spark configures and expects (log4j2.properties keeps Spark's INFO lines off the terminal). */
    static final String LOG4J = "org.apache.logging.slf4j.SLF4JServiceProvider";

    private StartupSettings() {
    }

    /** Sets the properties for a run with these arguments. */
    static void apply(String[] args) {
        // picocli looks for Groovy's Closure class once; not finding it means searching every jar.
        setIfAbsent("picocli.disable.closures", "true");
        // Named, SLF4J loads its backend without listing every jar's service files (and without warning that two
        // backends are present: the simple one and Log4j's, which Spark needs).
        setIfAbsent("slf4j.provider", usesSpark(args) ? LOG4J : SIMPLE);
        setIfAbsent("slf4j.internal.verbosity", "WARN"); // else SLF4J says on stderr which backend it was told to use
    }

    /** Whether the arguments choose an engine other than the local one (read before picocli parses them). */
    static boolean usesSpark(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--engine") && i + 1 < args.length) {
                return !args[i + 1].equals("local");
            }
            if (a.startsWith("--engine=")) {
                return !a.substring("--engine=".length()).equals("local");
            }
        }
        return false;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
