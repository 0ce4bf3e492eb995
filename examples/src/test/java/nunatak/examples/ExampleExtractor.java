package nunatak.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the code examples of a checkout: the {@code ```java} blocks of {@code README.md} and {@code docs/*.md} (those
 * of one section together), and every {@code <pre>{@code ...}</pre>} block in the javadoc of public classes under
 * each module's {@code src/main/java}.
 *
 * <pre>{@code
 * List<Example> all = ExampleExtractor.all(Path.of("/work/nunatak"));
 * }</pre>
 */
public final class ExampleExtractor {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+((final|abstract|sealed|non-sealed|strictfp)\\s+)*(class|interface|record|enum|@interface)\\s");
    /** Javadoc cannot hold the two characters that end a comment, so examples split a glob there: a{@code ...}. */
    private static final String CODE_JOIN = "}{@code ";

    private ExampleExtractor() {
    }

    /** The examples of the Markdown files first, then of the javadoc, each group in path order. */
    public static List<Example> all(Path repository) {
        List<Example> out = new ArrayList<>();
        List<Path> markdown = new ArrayList<>(List.of(repository.resolve("README.md")));
        markdown.addAll(files(repository.resolve("docs"), ".md", 1));
        for (Path md : markdown) {
            out.addAll(fromMarkdown(repository, md));
        }
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path module : modules.sorted().toList()) {
                for (Path java : files(module.resolve("src/main/java"), ".java", Integer.MAX_VALUE)) {
                    out.addAll(fromJavadoc(repository, java));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The {@code ```java} blocks of one {@code ##} section are one program, as a guide's steps build on each other:
     * they are joined in order, the prose between them turned into blank lines so that line numbers stay the
     * file's. A block that names the internet or a cluster is an example of its own, compiled after the section's
     * blocks before it (so it may use their variables) but never run, and left out of the others.
     */
    static List<Example> fromMarkdown(Path repository, Path file) {
        List<String> lines = read(file);
        List<Example> out = new ArrayList<>();
        int sectionStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith("# ") || lines.get(i).startsWith("## ")) {
                out.addAll(section(repository, file, lines, sectionStart, i));
                sectionStart = i;
            }
        }
        return out;
    }

    private static List<Example> section(Path repository, Path file, List<String> lines, int from, int to) {
        List<Example> out = new ArrayList<>();
        List<String> local = new ArrayList<>();
        int first = -1;
        for (int i = from; i < to; i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int end = i + 1;
            while (end < to && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (first < 0) {
                first = i + 1;
            }
            while (first + local.size() < i + 1) {
                local.add("");
            }
            List<String> block = lines.subList(i + 1, end);
            if (Example.needsRemote(String.join("\n", block))) {
                List<String> code = new ArrayList<>(local);
                code.addAll(block);
                out.add(example(origin(repository, file, first), code, null));
                block.forEach(l -> local.add(""));
            } else {
                local.addAll(block);
            }
            i = end;
        }
        if (local.stream().anyMatch(l -> !l.isBlank())) {
            out.add(example(origin(repository, file, first), local, null));
        }
        return out;
    }

    static List<Example> fromJavadoc(Path repository, Path file) {
        String text = String.join("\n", read(file));
        boolean packageDoc = file.getFileName().toString().equals("package-info.java");
        if (!packageDoc && !PUBLIC_TYPE.matcher(text).find()) {
            return List.of();
        }
        Matcher pkg = PACKAGE.matcher(text);
        String home = pkg.find() ? pkg.group(1) : "";
        List<String> lines = read(file);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<pre>{@code")) {
                int first = i + 1;
                int end = first;
                while (end < lines.size() && !lines.get(end).contains("}</pre>")) {
                    end++;
                }
                List<String> code = new ArrayList<>();
                for (String line : lines.subList(first, end)) {
                    code.add(line.replaceFirst("^\\s*\\* ?", "").replace(CODE_JOIN, ""));
                }
                out.add(example(origin(repository, file, first), code, home));
                i = end;
            }
        }
        return out;
    }

    private static Example example(String origin, List<String> lines, String home) {
        List<String> imports = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            if (IMPORT.matcher(line).matches()) {
                imports.add(line.strip());
                code.append('\n');   // keeps line numbers
            } else {
                code.append(line).append('\n');
            }
        }
        return new Example(origin, code.toString(), imports, home);
    }

    /** {@code path:line}, the line counted from 1 as editors count it. */
    private static String origin(Path repository, Path file, int index) {
        return repository.relativize(file).toString().replace('\\', '/') + ":" + (index + 1);
    }

    private static List<Path> files(Path dir, String suffix, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
