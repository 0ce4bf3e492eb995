package nunatak.cli;

import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nunatak} command. Errors end as one line on stderr and a non-zero exit code: 1 for failures
 * while working, 2 for bad usage. {@code --stacktrace} (or NUNATAK_STACKTRACE=1) shows the full trace.
 */
@Command(name = "nunatak", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Main.Version.class,
        description = "Analyse continent-scale elevation mosaics (REMA) straight from cloud-optimized GeoTIFFs.",
        subcommands = {InfoCommand.class, ValuesCommand.class, OpenCommand.class, CoarsenCommand.class, ProfileCommand.class,
                PointsCommand.class, TerrainCommand.class, ZonalCommand.class,
                PlotCommand.class, SampleCommand.class, DemoCommand.class, NotebookCommand.class, ServeCommand.class,
                ViewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    static volatile boolean stackTraces = "1".equals(System.getenv("NUNATAK_STACKTRACE"));

    @CommandLine.Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the full stack trace of an error.")
    void setStackTraces(boolean on) {
        stackTraces = on;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's stdout/stderr and returns the exit code. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams (tests call this in-process). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        StartupSettings.apply(args);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (stackTraces) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("nunatak: error: " + oneLine(ex));
            return ex instanceof InvalidArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable ex) {
        if (ex instanceof NunatakException) {
            return ex.getMessage();
        }
        Throwable root = ex;
        while (root.getCause() != null && !(root instanceof NunatakException)) {
            root = root.getCause();
        }
        return root instanceof NunatakException ? root.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nunatak " + (v == null ? "development build" : v)};
        }
    }
}
