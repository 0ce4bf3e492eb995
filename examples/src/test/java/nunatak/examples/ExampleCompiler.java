package nunatak.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns each example into a class of its own, as a user would write it: outside nunatak's packages, so only public
 * API compiles, with nunatak's API packages and the usual JDK ones imported, extending the prelude of well-known
 * variables ({@link ExampleVariables}), and compiles them all in one javac run against the test class path.
 *
 * <pre>{@code
 * ExampleCompiler.Result r = new ExampleCompiler(repository, classPath, workDir).compile(examples);
 * r.errors();   // per example, javac's messages with the example's own file and line
 * }</pre>
 */
public final class ExampleCompiler {
    /** The package of the generated classes: not nunatak's, so package-private names do not compile. */
    public static final String PACKAGE = "snippets";
    static final List<String> IMPORTED_PACKAGES = List.of("java.net", "java.nio.file", "java.time", "java.util",
            "java.util.concurrent", "java.util.function", "org.locationtech.jts.geom", "nunatak", "nunatak.analysis",
            "nunatak.array", "nunatak.catalog", "nunatak.engine", "nunatak.geom", "nunatak.mosaic", "nunatak.plot",
            "nunatak.sample", "nunatak.serve", "nunatak.source", "nunatak.spark", "nunatak.tiff");
    /** Names two imported packages share: which one an example means unless its own package has the name. */
    static final List<String> PREFERRED = List.of("nunatak.AccessDeniedException", "nunatak.array.Terrain",
            "nunatak.array.Slice");
    /** Lines before an example's first: package, imports, a comment naming the origin, class, method. */
    static final int HEADER_LINES = 5;
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+((final|abstract|sealed|non-sealed|strictfp)\\s+)*(class|interface|record|enum|@interface)\\s");

    /** What javac said, per example (empty lists for those that compiled), and where the classes are. */
    public record Result(Path classes, Map<Example, String> classNames, Map<Example, List<String>> errors) {
    }

    private final Path repository;
    private final String classPath;
    private final Path workDir;

    public ExampleCompiler(Path repository, String classPath, Path workDir) {
        this.repository = repository;
        this.classPath = classPath;
        this.workDir = workDir;
    }

    public Result compile(List<Example> examples) {
        Path sources = workDir.resolve("src");
        Path classes = workDir.resolve("classes");
        Map<Example, String> names = new LinkedHashMap<>();
        Map<Path, Example> byFile = new LinkedHashMap<>();
        try {
            clean(workDir);
            Files.createDirectories(sources.resolve(PACKAGE));
            Files.createDirectories(classes);
            int n = 0;
            for (Example e : examples) {
                String name = String.format(Locale.ROOT, "Example%03d", ++n);
                String header = header(e, name);
                Path file = sources.resolve(PACKAGE).resolve(name + ".java");
                Files.writeString(file, header + e.code() + "    }\n}\n");
                names.put(e, PACKAGE + "." + name);
                byFile.put(file.toAbsolutePath(), e);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<Example, List<String>> errors = new LinkedHashMap<>();
        examples.forEach(e -> errors.put(e, new ArrayList<>()));
        // javac stops before attribution when any file has a syntax error, and writes no class when any has an
        // error: so the examples that failed are set aside and the others compiled again, until a run is clean.
        Map<Path, Example> pending = new LinkedHashMap<>(byFile);
        while (!pending.isEmpty()) {
            List<Example> failed = javac(pending, classes, errors);
            if (failed.isEmpty()) {
                break;
            }
            pending.values().removeAll(failed);
        }
        return new Result(classes, names, errors);
    }

    /** One javac run over {@code files}; the examples with errors, whose messages are added to {@code errors}. */
    private List<Example> javac(Map<Path, Example> files, Path classes, Map<Example, List<String>> errors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none",
                    "-Xlint:none", "-nowarn", "-encoding", "UTF-8");
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files.keySet());
            javac.getTask(null, fm, diagnostics, options, null, units).call();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Set<Example> failed = new LinkedHashSet<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Example e = d.getSource() == null ? null : files.get(Path.of(d.getSource().toUri()).toAbsolutePath());
            if (e == null) {
                throw new AssertionError("javac: " + d.getMessage(Locale.ROOT));
            }
            failed.add(e);
            errors.get(e).add(at(e, (int) d.getLineNumber() - HEADER_LINES) + ": " + d.getMessage(Locale.ROOT));
        }
        return List.copyOf(failed);
    }

    /** The example's file and the line of its {@code offset}-th line (from 1). */
    static String at(Example e, int offset) {
        int colon = e.origin().lastIndexOf(':');
        int first = Integer.parseInt(e.origin().substring(colon + 1));
        return e.origin().substring(0, colon) + ":" + (first + offset - 1);
    }

    private String header(Example e, String name) {
        StringBuilder h = new StringBuilder("package " + PACKAGE + ";\n");
        Set<String> own = e.homePackage() == null ? Set.of() : publicTypes(e.homePackage());
        Set<String> single = new LinkedHashSet<>();
        own.forEach(t -> single.add(e.homePackage() + "." + t));
        for (String p : PREFERRED) {
            if (!own.contains(p.substring(p.lastIndexOf('.') + 1))) {
                single.add(p);
            }
        }
        Set<String> wildcards = new LinkedHashSet<>(IMPORTED_PACKAGES);
        if (e.homePackage() != null && !own.isEmpty()) {
            wildcards.add(e.homePackage());
        }
        wildcards.forEach(p -> h.append("import ").append(p).append(".*;"));
        single.forEach(t -> h.append("import ").append(t).append(';'));
        e.imports().forEach(h::append);
        h.append('\n');
        String base = "nunatak.viewer".equals(e.homePackage()) ? ViewerExampleVariables.class.getName()
                : ExampleVariables.class.getName();
        h.append("/** ").append(e.origin()).append(" */\n");
        h.append("public final class ").append(name).append(" extends ").append(base).append(" {\n");
        h.append("    public static void run() throws Exception {\n");
        return h.toString();
    }

    /** The public top-level types a package declares in the checkout's main sources. */
    private Set<String> publicTypes(String pkg) {
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path m : modules.sorted().toList()) {
                Path dir = m.resolve("src/main/java").resolve(pkg.replace('.', '/'));
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        String name = f.getFileName().toString().replace(".java", "");
                        if (!name.equals("package-info") && PUBLIC_TYPE.matcher(Files.readString(f)).find()) {
                            out.add(name);
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    private static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
