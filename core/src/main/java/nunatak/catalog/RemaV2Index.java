package nunatak.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.mosaic.RemaGrid;

/**
 * The real REMA v2 tile index, embedded: every DEM tile of each resolution (1523 at 32 m and 10 m, 5800 at 2 m)
 * with its size and place, as PGC's continental VRTs place them. It lets catalogs be built and sample data be
 * laid out without a single request. Resource {@code nunatak/catalog/rema-v2-tiles-{res}.csv.gz}: key, width,
 * height, col_off, row_off, xmin, ymax.
 *
 * <pre>{@code
 * List<RemaV2Tile> all = RemaV2Index.tiles("2m");   // 5800 tiles, in key order
 * Footprint grid = RemaV2Index.grid("32m");         // 170318 x 182568 px from (-2700096, 3342080)
 * }</pre>
 */
public final class RemaV2Index {
    private static final Map<String, List<RemaV2Tile>> CACHE = new ConcurrentHashMap<>();

    private RemaV2Index() {
    }

    /** "32m", "10m" or "2m"; also accepts "32", "32 m". */
    public static String resolution(String text) {
        String r = text == null ? "" : text.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        r = r.endsWith("m") ? r : r + "m";
        if (!r.equals("2m") && !r.equals("10m") && !r.equals("32m")) {
            throw new InvalidArgumentException("REMA v2 resolution '" + text + "' does not exist; use 2m, 10m or 32m");
        }
        return r;
    }

    /** Pixel size in metres of a resolution ("10m" → 10). */
    public static double pixelSize(String resolution) {
        return Integer.parseInt(resolution(resolution).replace("m", ""));
    }

    /** Every DEM tile of a resolution, in key order (as the index and the continental VRT list them). */
    public static List<RemaV2Tile> tiles(String resolution) {
        String r = resolution(resolution);
        return CACHE.computeIfAbsent(r, RemaV2Index::load);
    }

    /** The continental grid that places every tile: the index's union, as PGC's continental VRT defines it. */
    public static Footprint grid(String resolution) {
        List<RemaV2Tile> all = tiles(resolution);
        double res = pixelSize(resolution);
        int width = 0;
        int height = 0;
        double left = Double.POSITIVE_INFINITY;
        double top = Double.NEGATIVE_INFINITY;
        for (RemaV2Tile t : all) {
            width = Math.max(width, t.colOff() + t.width());
            height = Math.max(height, t.rowOff() + t.height());
            left = Math.min(left, t.xmin() - t.colOff() * res);
            top = Math.max(top, t.ymax() + t.rowOff() * res);
        }
        return new Footprint(width, height, new double[] {left, res, 0, top, 0, -res}, RemaGrid.EPSG);
    }

    private static List<RemaV2Tile> load(String resolution) {
        String name = "rema-v2-tiles-" + resolution + ".csv.gz";
        InputStream raw = RemaV2Index.class.getResourceAsStream(name);
        if (raw == null) {
            throw new BadContentException("the REMA v2 index " + name + " is missing from nunatak-core's jar");
        }
        List<RemaV2Tile> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!"key,width,height,col_off,row_off,xmin,ymax".equals(header)) {
                throw new BadContentException(name + ": unexpected header " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                if (f.length != 7) {
                    throw new BadContentException(name + ": line '" + line + "' does not have 7 fields");
                }
                out.add(new RemaV2Tile(resolution, f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])));
            }
        } catch (IOException e) {
            throw new BadContentException("the REMA v2 index " + name + " cannot be read: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
