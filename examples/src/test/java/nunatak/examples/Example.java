package nunatak.examples;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One code example of the documentation: where it is written, its statements, the imports it names itself and, for
 * a javadoc example, the package of the class that shows it (whose names it may use without imports).
 *
 * <pre>{@code
 * Example e = new Example("README.md:42", "DataArray dem = DataArray.open(\"dem.tif\");", List.of(), null);
 * e.compileOnly();   // false: it needs neither the internet nor a cluster
 * }</pre>
 *
 * @param origin      file (relative to the repository) and line of the example's first line
 * @param homePackage the javadoc's package, or null for a Markdown example
 */
public record Example(String origin, String code, List<String> imports, String homePackage) {
    /**
     * Object stores, web hosts other than this machine, clusters, and the presets that stand for the real archives
     * ("rema-v1-8m", "rema-v2-32m", ...): what the test machine cannot reach.
     */
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(s3|gs|spark|k8s)://|\\bhttps?://(?!127\\.0\\.0\\.1[:/]|localhost[:/])|\"rema-v[12]-\\w+\"");

    public Example {
        imports = List.copyOf(imports);
    }

    /** Examples naming s3://, gs://, a web host, spark://, k8s:// or a preset are compiled but not run. */
    public boolean compileOnly() {
        return needsRemote(code);
    }

    static boolean needsRemote(String code) {
        return REMOTE.matcher(code).find();
    }

    @Override
    public String toString() {
        return origin;
    }
}
