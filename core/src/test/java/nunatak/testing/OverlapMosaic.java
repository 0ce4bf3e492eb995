package nunatak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tiles that overlap and disagree where they overlap, a partial tile and a missing one, with the catalogs of every
 * source kind and what GDAL + xarray + rioxarray read from them through VRTs ({@code reference_mosaics.py overlap},
 * run by Debian's python3): REMA cells rows 40..39 × cols 20..22 at 1 km, each cell plus a 6-pixel buffer, layers
 * {@code dem} and {@code count}; 39_20 covers half its cell, 40_22 is listed by the catalogs but missing. Written
 * under the module's {@code target/overlap-mosaic} (2 s), again only when the script changes.
 *
 * <pre>{@code
 * Path dir = OverlapMosaic.dir();
 * ReferenceArrays.Ref dem = OverlapMosaic.refs().get("rowmajor-last-dem");   // GDAL's VRT, NaN for nodata
 * }</pre>
 */
public final class OverlapMosaic {
    /** Tile ids in the order templates, static STAC trees and VRTs list them. */
    public static final List<String> ROW_MAJOR = List.of("40_20", "40_21", "40_22", "39_20", "39_21", "39_22");
    /** Tile ids sorted, as the STAC API test server and local globs list them. */
    public static final List<String> BY_ID = ROW_MAJOR.stream().sorted().toList();
    public static final String MISSING = "40_22";
    public static final String TEMPLATE = "tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_1km_{asset}.tif";
    private static Path dir;
    private static ReferenceArrays refs;

    private OverlapMosaic() {
    }

    /** The fixture's directory, written now if it is missing or older than the script. */
    public static synchronized Path dir() {
        if (dir == null) {
            Path d = Path.of("target", "overlap-mosaic").toAbsolutePath();
            refs = ReferenceArrays.compute(d.resolve("ref"), "overlap", d.toString());
            dir = d;
        }
        return dir;
    }

    /**
     * What GDAL + xarray read, per tile order ("rowmajor", "byid"), rule ("last", "first") and result ("dem",
     * "count", "valid", "coarsen", "profile_y", "profile_x", "box3031", "box4326", "valid_box4326"), e.g.
     * "byid-first-dem".
     */
    public static synchronized ReferenceArrays refs() {
        dir();
        return refs;
    }

    /** The files below the fixture's directory that a server should hold: tiles, catalogs, VRTs. */
    public static List<Path> servedFiles() {
        Path d = dir();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).filter(p -> !d.relativize(p).startsWith("ref")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
