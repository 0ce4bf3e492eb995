package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything GDAL reads from a file, through {@code gdal_dump.py}: band count, type, nodata, mask flags, and per
 * level every band's {@code ReadAsArray()} and {@code GetMaskBand().ReadAsArray()}.
 *
 * <pre>{@code
 * GdalRead gdal = GdalRead.of(file);
 * double[] red = gdal.level(0).band(1);
 * int[] mask = gdal.level(0).mask();
 * }</pre>
 *
 * @param nodata    GetNoDataValue() of band 1, or null when GDAL reports none
 * @param maskFlags GetMaskFlags() of band 1 (1 all valid, 2 per dataset, 8 nodata)
 */
public record GdalRead(int bands, String type, Double nodata, int maskFlags, String interleave, String compression,
                       List<Level> levels) {

    /** One level: its size, each band's values (row-major) and the mask (0 masked, 255 valid). */
    public record Level(int width, int height, List<double[]> bands, int[] mask) {
        public double[] band(int oneBased) {
            return bands.get(oneBased - 1);
        }
    }

    public Level level(int k) {
        return levels.get(k);
    }

    public static GdalRead of(Path file) {
        Path bin = file.resolveSibling(file.getFileName() + ".gdal.bin");
        Gdal.Result r = Gdal.run(file.getParent(), List.of(Gdal.PYTHON, "-c", Gdal.script("/nunatak/tiff/gdal_dump.py"),
                file.toString(), bin.toString()));
        try {
            JsonNode info = new ObjectMapper().readTree(r.out());
            ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(bin)).order(ByteOrder.LITTLE_ENDIAN);
            int bands = info.get("bands").asInt();
            List<Level> levels = new ArrayList<>();
            for (JsonNode wh : info.get("levels")) {
                int w = wh.get(0).asInt();
                int h = wh.get(1).asInt();
                List<double[]> values = new ArrayList<>();
                for (int b = 0; b < bands; b++) {
                    double[] v = new double[w * h];
                    buf.asDoubleBuffer().get(v);
                    buf.position(buf.position() + 8 * v.length);
                    values.add(v);
                }
                int[] mask = new int[w * h];
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = buf.get() & 0xFF;
                }
                levels.add(new Level(w, h, values, mask));
            }
            JsonNode nd = info.get("nodata");
            return new GdalRead(bands, info.get("type").asText(), nd.isNull() ? null : parseRepr(nd.asText()),
                    info.get("mask_flags").asInt(), info.get("interleave").asText(null),
                    info.get("compression").asText(null), levels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parseRepr(String repr) {
        return switch (repr) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
    }
}
