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
 * Finds the code examples of a checkout: every {@code ```java} block of {@code README.md} and {@code docs/*.md},
 * and every {@code <pre>{@code ...}</pre>} block in the javadoc of public classes under each module's
 * {@code src/main/java}.
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

    static List<Example> fromMarkdown(Path repository, Path file) {
        List<String> lines = read(file);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int first = i + 1;
                int end = first;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                out.add(example(origin(repository, file, first), lines.subList(first, end), null));
                i = end;
            }
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
