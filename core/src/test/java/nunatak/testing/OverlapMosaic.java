package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tiles that overlap and disagree where they overlap, a partial tile and a missing one, with the catalogs of every
 * source kind and what GDAL + xarray + rioxarray read from them through VRTs ({@code overlap_mosaic.py}, run by
 * Debian's python3): REMA cells rows 40..39 × cols 20..22 at 1 km, each cell plus a 6-pixel buffer, layers
 * {@code dem} and {@code count}; 39_20 covers half its cell, 40_22 is listed by the catalogs but missing. Written
 * once under the module's {@code target/overlap-mosaic} (2 s) and again only when the script changes.
 *
 * <pre>{@code
 * Path dir = OverlapMosaic.dir();
 * OverlapMosaic.Ref dem = OverlapMosaic.ref("rowmajor-last-dem");   // the grid GDAL's VRT reads, NaN for nodata
 * }</pre>
 */
public final class OverlapMosaic {
    /** Tile ids in the order templates, static STAC trees and VRTs list them. */
    public static final List<String> ROW_MAJOR = List.of("40_20", "40_21", "40_22", "39_20", "39_21", "39_22");
    /** Tile ids sorted, as the STAC API test server and local globs list them. */
    public static final List<String> BY_ID = ROW_MAJOR.stream().sorted().toList();
    public static final String MISSING = "40_22";
    public static final String TEMPLATE = "tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_1km_{asset}.tif";
    private static final String SCRIPT = "/nunatak/testing/overlap_mosaic.py";
    private static Path dir;
    private static JsonNode refs;

    /**
     * One reference array: its shape, coordinates (null for a dimension it lacks), the coordinate a profile was
     * selected at (NaN if none), and its values row-major with NaN where GDAL reads nodata or nothing.
     */
    public record Ref(int[] shape, double[] y, double[] x, double ySelected, double xSelected, double[] values) {
    }

    private OverlapMosaic() {
    }

    /** The fixture's directory, written now if it is missing or older than the script. */
    public static synchronized Path dir() {
        if (dir == null) {
            String script = Gdal.script(SCRIPT);
            Path d = Path.of("target", "overlap-mosaic").toAbsolutePath();
            Path stamp = Path.of("target", "overlap-mosaic.sha256").toAbsolutePath();
            String hash = sha256(script);
            if (!hash.equals(read(stamp))) {
                Gdal.requireInstalled();
                Gdal.run(null, List.of(Gdal.PYTHON, "-c", script, d.toString()));
                write(stamp, hash);
            }
            dir = d;
            refs = Fixtures.json(d.resolve("ref/refs.json"));
        }
        return dir;
    }

    /** A reference array by name, e.g. "byid-first-coarsen" (see the script for the names). */
    public static Ref ref(String name) {
        Path d = dir();
        JsonNode r = refs.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no reference " + name);
        }
        int[] shape = new int[r.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = r.get("shape").get(i).asInt();
        }
        return new Ref(shape, doubles(r.get("y")), doubles(r.get("x")), r.path("y_selected").asDouble(Double.NaN),
                r.path("x_selected").asDouble(Double.NaN), ReferenceTools.readDoubles(d.resolve("ref")
                        .resolve(r.get("file").asText())));
    }

    /** The script's parameters: profile_y, profile_x, box3031, box4326, coarsen, valid_min_count, ... */
    public static JsonNode params() {
        dir();
        return refs.get("params");
    }

    /** The files below the fixture's directory that a server should hold: tiles, catalogs, VRTs. */
    public static List<Path> servedFiles() {
        try (Stream<Path> s = Files.walk(dir())) {
            return s.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).startsWith("ref")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] doubles(JsonNode a) {
        if (a == null) {
            return null;
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
