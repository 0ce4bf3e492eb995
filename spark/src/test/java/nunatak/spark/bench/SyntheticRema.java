package nunatak.spark.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a REMA-layout mosaic (tiles {@code 40..37 x 20..23}, 100 km each, EPSG:3031, LZW COGs with 512 blocks
 * like the pangeo-pgc files) at a given resolution, with GDAL's {@code gdal_translate}. The terrain is synthetic:
 * ice-sheet swells, ridges, an ocean (values below 0) and centimetre noise, so LZW compresses it about as badly
 * as real elevations.
 */
final class SyntheticRema {
    static final String TEMPLATE = "{i:02d}_{j:02d}/{i:02d}_{j:02d}_%dm_dem_COG_LZW.tif";
    private static final int[] ROWS = {40, 39, 38, 37};
    private static final int[] COLS = {20, 21, 22, 23};

    private SyntheticRema() {
    }

    static String template(Path dir, int metres) {
        return dir + "/" + String.format(Locale.ROOT, TEMPLATE, metres);
    }

    /** Writes the tiles that are not there yet. */
    static void ensure(Path dir, int metres) throws IOException, InterruptedException {
        int side = 100_000 / metres;
        for (int i : ROWS) {
            for (int j : COLS) {
                Path tif = Path.of(template(dir, metres).replace("{i:02d}", String.format("%02d", i))
                        .replace("{j:02d}", String.format("%02d", j)));
                if (Files.exists(tif)) {
                    continue;
                }
                Files.createDirectories(tif.getParent());
                double x0 = -3e6 + (j - 1) * 1e5;
                double y0 = -3e6 + i * 1e5;
                Path raw = tif.resolveSibling("raw.bil");
                writeRaw(raw, side, metres, x0, y0);
                Files.writeString(tif.resolveSibling("raw.hdr"), "BYTEORDER I\nLAYOUT BIL\nNROWS " + side + "\nNCOLS "
                        + side + "\nNBANDS 1\nNBITS 32\nPIXELTYPE FLOAT\n");
                run(List.of("gdal_translate", "-q", "-of", "COG", "-co", "COMPRESS=LZW", "-co", "BLOCKSIZE=512",
                        "-co", "OVERVIEW_RESAMPLING=NEAREST", "-a_srs", "EPSG:3031", "-a_nodata", "-9999",
                        "-a_ullr", fmt(x0), fmt(y0), fmt(x0 + 1e5), fmt(y0 - 1e5), raw.toString(), tif.toString()));
                Files.delete(raw);
                Files.delete(tif.resolveSibling("raw.hdr"));
                System.err.println("wrote " + tif);
            }
        }
    }

    private static void writeRaw(Path raw, int side, int metres, double x0, double y0) throws IOException {
        ByteBuffer row = ByteBuffer.allocate(side * 4).order(ByteOrder.LITTLE_ENDIAN);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom((long) (x0 * 31 + y0));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 20)) {
            for (int r = 0; r < side; r++) {
                row.clear();
                double y = y0 - (r + 0.5) * metres;
                for (int c = 0; c < side; c++) {
                    double x = x0 + (c + 0.5) * metres;
                    double h = 1400 + 1100 * Math.sin(x / 170_000) * Math.cos(y / 230_000)
                            + 260 * Math.sin(x / 9_000 + y / 13_000) + 35 * Math.sin(x / 700) * Math.cos(y / 900)
                            - 0.0004 * (x + 2.2e6 + y - 3.3e6) + rnd.nextDouble(-0.5, 0.5);
                    row.putFloat(rnd.nextInt(500) == 0 ? -9999f : (float) Math.round(h * 32) / 32f);
                }
                out.write(row.array());
            }
        }
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed with " + p.exitValue());
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
