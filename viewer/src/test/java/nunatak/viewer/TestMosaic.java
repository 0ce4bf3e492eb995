package nunatak.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nunatak.array.OpenOptions;
import nunatak.engine.Engine;
import nunatak.mosaic.LayerOptions;
import nunatak.mosaic.TemplateSource;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;

/**
 * The tests' mosaic, written by GDAL ({@code make_layers.py}: 2 x 2 tiles of 512 px at 64 m, tile 1_2 missing,
 * layers dem, mad, count), and reference values computed on it by GDAL, rasterio, numpy and pyproj
 * ({@code reference.py}).
 */
final class TestMosaic {
    static final String TEMPLATE = "{i}_{j}/{i}_{j}_dem.tif";
    /** The mosaic's top-left corner: it spans x -1048576 .. -983040, y 720896 .. 786432; tile 1_2 (south-east) is missing. */
    static final double X0 = -1048576;
    static final double Y0 = 786432;
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    private TestMosaic(Path root) {
        this.root = root;
    }

    /** Writes the mosaic under {@code dir}. */
    static TestMosaic write(Path dir) {
        python("make_layers.py", null, dir.toString());
        return new TestMosaic(dir);
    }

    /** References only (pyproj), with no mosaic written. */
    static TestMosaic at(Path dir) {
        return new TestMosaic(dir);
    }

    Path root() {
        return root;
    }

    /** The DEM's tiles under {@code base} (a directory or a URL prefix ending in '/'). */
    static TemplateSource template(String base) {
        return new TemplateSource(UriTemplate.parse(base + TEMPLATE), List.of(2, 1), List.of(1, 2));
    }

    /** The dem and its siblings (found by {@link SourceLayers}) under {@code base}, as {@code nunatak view} opens them. */
    static ViewSource source(String base, SourceOptions options) {
        TemplateSource t = template(base);
        return ViewSource.open(t.describe(), SourceLayers.of(t, "dem", null, options),
                OpenOptions.DEFAULT.withLayer(LayerOptions.DEFAULT.withOptions(options)), LayerMask.NONE, Engine.local());
    }

    ViewSource source() {
        return source(root + "/", SourceOptions.DEFAULT);
    }

    /** Runs reference.py on a request (the root is added). */
    JsonNode reference(Map<String, Object> request) {
        Map<String, Object> r = new LinkedHashMap<>(request);
        r.put("root", root.toString());
        try {
            return JSON.readTree(python("reference.py", JSON.writeValueAsString(r)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** GDAL's pixels of one level of a layer as a whole mosaic, NaN for no data: {rows, cols} and values. */
    double[][] level(String layer, int level) throws IOException {
        return grid("level", layer, level);
    }

    /** gdaldem's hillshade of one level of a layer's mosaic, NaN for nodata: {rows, cols} and values. */
    double[][] hillshade(String layer, int level) throws IOException {
        return grid("hillshade", layer, level);
    }

    private double[][] grid(String op, String layer, int level) throws IOException {
        Path out = root.resolve(op + "-" + layer + "-" + level + ".f64");
        JsonNode ans = reference(Map.of("op", op, "layer", layer, "level", level, "out", out.toString()));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(v);
        return new double[][] {{ans.get("shape").get(0).asInt(), ans.get("shape").get(1).asInt()}, v};
    }

    private static String python(String script, String stdin, String... args) {
        try {
            Path path = Path.of(TestMosaic.class.getResource(script).toURI());
            List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/python3", path.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(script + " failed (exit " + p.exitValue() + "); it needs Debian's python3-gdal "
                        + "and python3-rasterio (./run-tests installs them)");
            }
            return out;
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
