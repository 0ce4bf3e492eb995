package nunatak.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the documentation compiles and runs: the {@code ```java} blocks of README.md and
 * docs/*.md and the {@code <pre>{@code ...}</pre>} examples in the javadoc of every public class of every module.
 * Each is compiled as a user's class outside nunatak's packages, with the API imported and the prelude of
 * {@link ExampleVariables} (the notebook's mosaic as {@code dem}, {@code template}, {@code layout}, REMA v2 as
 * {@code v2}, ...). Examples naming s3://, gs://, an http(s) host other than this machine, spark://, k8s:// or a
 * preset of the real archive ("rema-v1-8m") are compiled only: the tests reach neither the internet nor a cluster. The others run, in a JVM of their own whose
 * working directory holds the files they name ({@link ExampleWorkspace}).
 */
class ExamplesTest {
    private static final Pattern GENERATED_LINE = Pattern.compile("(Example\\d{3})\\.java:(\\d+)");

    @Test
    void everyExampleCompilesAndTheLocalOnesRun() throws IOException, InterruptedException {
        Path repository = repository();
        List<Example> examples = ExampleExtractor.all(repository);
        assertTrue(examples.size() > 100, "found only " + examples.size() + " examples under " + repository);
        Path build = Path.of("target", "examples").toAbsolutePath();
        ExampleCompiler.Result compiled = new ExampleCompiler(repository, classPath(), build).compile(examples);

        List<String> problems = new ArrayList<>();
        List<Example> runnable = new ArrayList<>();
        int compileOnly = 0;
        for (Example e : examples) {
            List<String> errors = compiled.errors().get(e);
            if (!errors.isEmpty()) {
                problems.add(e.origin() + " does not compile:\n    " + String.join("\n    ", errors));
            } else if (e.compileOnly()) {
                compileOnly++;
            } else {
                runnable.add(e);
            }
        }
        Map<String, String> outcomes = run(runnable, compiled, build);
        Map<String, Example> byClass = new LinkedHashMap<>();
        runnable.forEach(e -> byClass.put(compiled.classNames().get(e), e));
        int ran = 0;
        for (Example e : runnable) {
            String outcome = outcomes.get(compiled.classNames().get(e));
            if (outcome == null) {
                problems.add(e.origin() + " was not run (the runner stopped before it)");
            } else if (!outcome.startsWith("ok")) {
                problems.add(e.origin() + " fails: " + originLines(outcome, byClass));
            } else {
                ran++;
            }
        }
        long markdown = examples.stream().filter(e -> e.homePackage() == null).count();
        String summary = examples.size() + " examples (" + markdown + " in Markdown, " + (examples.size() - markdown)
                + " in javadoc): " + (examples.size() - problems.size()) + " fine; " + ran + " ran, " + compileOnly
                + " compiled only (internet or cluster)";
        System.out.println("ExamplesTest: " + summary);
        Files.writeString(build.resolve("summary.txt"), summary + "\n");
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + summary + ":\n" + String.join("\n", problems));
        }
    }

    /** Runs the examples in a JVM started in the workspace; the outcome line of each class. */
    private static Map<String, String> run(List<Example> examples, ExampleCompiler.Result compiled, Path build)
            throws IOException, InterruptedException {
        Path workspace = Path.of("target", "example-run").toAbsolutePath();
        ExampleWorkspace.prepare(workspace);
        Path list = build.resolve("run.txt");
        Path results = build.resolve("results.tsv");
        Files.write(list, examples.stream().map(compiled.classNames()::get).toList());
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        command.add("-Djava.awt.headless=true");
        command.add("-Dnunatak.testdata=" + nunatak.testing.Fixtures.root());
        command.addAll(List.of("-cp", classPath() + File.pathSeparator + compiled.classes(),
                ExampleRunner.class.getName(), results.toString(), list.toString()));
        Path log = build.resolve("run.log");
        Process p = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long limit = ExampleRunner.LIMIT_MS / 1000 + 600;
        if (!p.waitFor(limit, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the examples did not finish in " + limit + " s; see " + log);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.exists(results)) {
            for (String line : Files.readAllLines(results)) {
                String[] f = line.split("\t", 3);
                out.put(f[0], f[2]);
            }
        }
        if (p.exitValue() != 0 && out.size() < examples.size()) {
            fail("the example runner exited with " + p.exitValue() + " after " + out.size() + " examples; see " + log);
        }
        return out;
    }

    /** Replaces generated file positions by the documentation's own. */
    private static String originLines(String outcome, Map<String, Example> byClass) {
        Matcher m = GENERATED_LINE.matcher(outcome);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            Example e = byClass.get(ExampleCompiler.PACKAGE + "." + m.group(1));
            String at = e == null ? m.group() : ExampleCompiler.at(e, Integer.parseInt(m.group(2))
                    - ExampleCompiler.HEADER_LINES);
            m.appendReplacement(s, Matcher.quoteReplacement(at));
        }
        return m.appendTail(s).toString();
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static Path repository() {
        String prop = System.getProperty("nunatak.repository");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        return nunatak.testing.Fixtures.root().getParent();
    }
}
