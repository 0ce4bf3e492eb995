package nunatak.cli;

import java.util.List;
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
        description = "Analyse continent-scale elevation mosaics (REMA) straight from cloud-optimized GeoTIFFs.")
public final class Main {
    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(InfoCommand.class, ValuesCommand.class, OpenCommand.class,
            CoarsenCommand.class, ProfileCommand.class, PointsCommand.class, TerrainCommand.class, ZonalCommand.class,
            PlotCommand.class, SampleCommand.class, DemoCommand.class, NotebookCommand.class, ServeCommand.class,
            ViewCommand.class, CommandLine.HelpCommand.class);

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
        String named = subcommandNamed(args);
        for (Class<?> c : COMMANDS) {
            // picocli reflects over every option of every subcommand it is given, 0.15-0.2 s for all of them: a run
            // gets the one it names, the help and anything picocli must tell apart (a typo, "help") get them all.
            if (named == null || named.equals(nameOf(c))) {
                cli.addSubcommand(c);
            }
        }
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

    /** The subcommand the arguments name (the first that is not an option), or null for all (none, unknown, help). */
    static String subcommandNamed(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                for (Class<?> c : COMMANDS) {
                    if (nameOf(c).equals(a) && !a.equals("help")) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A subcommand's name, from its {@code @Command}. */
    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
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
