package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Arrays that xarray + rioxarray computed from GDAL's VRTs ({@code reference_mosaics.py}): a directory with
 * {@code refs.json} (each array's shape, coordinates and file; the script's parameters) and float64 files.
 * Written by running the script, again only when the script or its arguments change.
 *
 * <pre>{@code
 * ReferenceArrays refs = ReferenceArrays.compute(dir, "overlap", dir.toString());
 * ReferenceArrays.Ref coarse = refs.get("rowmajor-last-coarsen");
 * }</pre>
 */
public final class ReferenceArrays {
    private static final String SCRIPT = "/nunatak/testing/reference_mosaics.py";

    /**
     * One array: its shape, coordinates (null for a dimension it lacks), the coordinate a profile was selected at
     * (NaN if none), and its values row-major with NaN where GDAL read nodata or nothing.
     */
    public record Ref(int[] shape, double[] y, double[] x, double ySelected, double xSelected, double[] values) {
    }

    private final Path dir;
    private final JsonNode refs;

    private ReferenceArrays(Path dir) {
        this.dir = dir;
        this.refs = Fixtures.json(dir.resolve("refs.json"));
    }

    /**
     * Runs the script with {@code args} (its mode first, the output directory last) unless {@code refsDir} holds
     * what the same script and arguments wrote, and opens the result.
     */
    public static ReferenceArrays compute(Path refsDir, String... args) {
        String script = Gdal.script(SCRIPT);
        Path stamp = refsDir.resolveSibling(refsDir.getFileName() + ".sha256");
        String hash = sha256(script + "\n" + String.join("\n", args));
        if (!hash.equals(read(stamp)) || !Files.isRegularFile(refsDir.resolve("refs.json"))) {
            Gdal.requireInstalled();
            List<String> command = new ArrayList<>(List.of(Gdal.PYTHON, "-c", script));
            command.addAll(List.of(args));
            Gdal.run(null, command);
            write(stamp, hash);
        }
        return new ReferenceArrays(refsDir);
    }

    /** An array by name; see the script for the names. */
    public Ref get(String name) {
        JsonNode r = refs.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no reference " + name + " in " + dir);
        }
        int[] shape = new int[r.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = r.get("shape").get(i).asInt();
        }
        return new Ref(shape, doubles(r.get("y")), doubles(r.get("x")), r.path("y_selected").asDouble(Double.NaN),
                r.path("x_selected").asDouble(Double.NaN), ReferenceTools.readDoubles(dir.resolve(r.get("file").asText())));
    }

    /** The script's parameters (profile coordinates, boxes, factors, ...). */
    public JsonNode params() {
        return refs.get("params");
    }

    /** The numbers of a JSON array, or null when absent. */
    public static double[] doubles(JsonNode a) {
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
