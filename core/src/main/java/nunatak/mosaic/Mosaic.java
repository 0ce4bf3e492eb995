package nunatak.mosaic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.UnsupportedFormatException;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.GeoTiffCache;
import nunatak.tiff.ImageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the headers of a block of tiles (one request each, concurrently), checks that they form one grid
 * (same resolution, CRS, type, size, abutting edges) and returns the {@link MosaicLayout}. No pixels are read.
 * A tile that does not exist becomes a NaN slot and one warning lists them all; any other failure is an error.
 *
 * <pre>{@code
 * MosaicLayout m = Mosaic.open(MosaicSpec.of(Presets.template("rema-v1-8m", null))
 *         .withRows(IndexRange.parse("40:37").indices()).withCols(IndexRange.parse("20:23").indices()));
 * m.rows(); // 50000
 * }</pre>
 */
public final class Mosaic {
    private static final Logger LOG = LoggerFactory.getLogger(Mosaic.class);

    private Mosaic() {
    }

    public static MosaicLayout open(MosaicSpec spec) {
        int nr = spec.rows().size();
        int nc = spec.cols().size();
        List<String> uris = new ArrayList<>();
        for (int i : spec.rows()) {
            for (int j : spec.cols()) {
                uris.add(spec.template().expand(i, j));
            }
        }
        List<GeoTiff> opened = openAll(uris, spec);
        int ref = firstPresent(opened, uris);
        GeoTiff refTif = opened.get(ref);
        List<String> missingNames = new ArrayList<>();
        for (int k = 0; k < opened.size(); k++) {
            if (opened.get(k) == null) {
                missingNames.add(name(spec, k, nc) + " (" + uris.get(k) + ")");
            } else {
                checkConsistent(refTif, opened.get(k), spec.overview());
            }
        }
        if (!missingNames.isEmpty() && spec.onMissing() == MissingPolicy.ERROR) {
            throw new NotFoundException(missingNames.size() + " of " + uris.size() + " tiles do not exist: "
                    + String.join(", ", missingNames) + " (use --on-missing nan to read them as NaN)");
        }
        List<TileSlot> slots = place(spec, uris, opened, ref);
        ImageLevel lv = refTif.level(spec.overview());
        TileSlot last = slots.get(slots.size() - 1);
        GeoReference geo = refTif.geo();
        MosaicLayout layout = new MosaicLayout(slots, nr, nc, spec.overview(), last.row0() + last.height(),
                last.col0() + last.width(), lv.dataType(),
                refTif.nodata().isPresent() ? refTif.nodata().getAsDouble() : null,
                geo == null ? null : geo.epsg(), geo == null ? "Area" : geo.rasterType().gdalName(), spec.options());
        String warning = missingWarning(layout);
        if (warning != null) {
            LOG.warn(warning);
        }
        return layout;
    }

    /** The one warning that lists every missing tile, or null when none is missing. */
    public static String missingWarning(MosaicLayout layout) {
        List<TileSlot> missing = layout.missing();
        if (missing.isEmpty()) {
            return null;
        }
        return missing.size() + " of " + layout.tiles().size() + " tiles do not exist and are read as NaN: "
                + missing.stream().map(t -> t.name() + " (" + t.uri() + ")").collect(Collectors.joining(", "));
    }

    private static List<GeoTiff> openAll(List<String> uris, MosaicSpec spec) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(uris.size(), spec.options().ioConcurrency()), r -> {
            Thread t = new Thread(r, "nunatak-open");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GeoTiff>> futures = new ArrayList<>();
            for (String u : uris) {
                futures.add(pool.submit(() -> {
                    try {
                        return GeoTiffCache.open(u, spec.options());
                    } catch (NotFoundException e) {
                        return null;
                    }
                }));
            }
            List<GeoTiff> out = new ArrayList<>();
            for (Future<GeoTiff> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NunatakException ne) {
                throw ne;
            }
            throw new NunatakException("opening the mosaic's tiles failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NunatakException("interrupted while opening the mosaic's tiles", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int firstPresent(List<GeoTiff> opened, List<String> uris) {
        for (int k = 0; k < opened.size(); k++) {
            if (opened.get(k) != null) {
                return k;
            }
        }
        throw new NotFoundException("none of the " + uris.size() + " tiles exists, e.g. " + uris.get(0)
                + "; check the template, rows and columns");
    }

    private static void checkConsistent(GeoTiff ref, GeoTiff t, int level) {
        String both = " (" + t.uri() + " vs " + ref.uri() + ")";
        if (t.dataType() != ref.dataType()) {
            throw new BadContentException("tiles differ in data type: " + t.dataType() + " vs " + ref.dataType() + both);
        }
        if (t.width() != ref.width() || t.height() != ref.height()) {
            throw new BadContentException("tiles differ in size: " + t.width() + " x " + t.height() + " vs "
                    + ref.width() + " x " + ref.height() + both);
        }
        GeoReference g = t.geo();
        GeoReference r = ref.geo();
        if (g == null || r == null) {
            throw new BadContentException("a tile is not georeferenced" + both);
        }
        if (!g.isNorthUp()) {
            throw new UnsupportedFormatException(t.uri() + ": rotated or sheared geotransforms cannot be mosaicked");
        }
        if (!java.util.Objects.equals(g.epsg(), r.epsg())) {
            throw new BadContentException("tiles differ in CRS: EPSG:" + g.epsg() + " vs EPSG:" + r.epsg() + both);
        }
        if (g.pixelWidth() != r.pixelWidth() || g.pixelHeight() != r.pixelHeight()) {
            throw new BadContentException("tiles differ in resolution: " + g.pixelWidth() + " vs " + r.pixelWidth() + both);
        }
        if (!t.nodata().equals(ref.nodata())) {
            throw new BadContentException("tiles differ in nodata: " + t.nodata() + " vs " + ref.nodata() + both);
        }
        if (t.overviewCount() < level || t.level(level).width() != ref.level(level).width()) {
            throw new BadContentException(t.uri() + ": has " + t.overviewCount() + " overviews, level " + level
                    + " is missing or differs from " + ref.uri());
        }
    }

    /** Positions every tile; present tiles must lie exactly where the grid puts them. */
    private static List<TileSlot> place(MosaicSpec spec, List<String> uris, List<GeoTiff> opened, int ref) {
        int nc = spec.cols().size();
        GeoTiff r = opened.get(ref);
        int refRow = ref / nc;
        int refCol = ref % nc;
        double[] g0 = r.geo().geoTransform();
        int level = spec.overview();
        ImageLevel lv = r.level(level);
        double[] gl = r.geo(level).geoTransform();
        List<TileSlot> slots = new ArrayList<>();
        for (int k = 0; k < uris.size(); k++) {
            int tr = k / nc;
            int tc = k % nc;
            double expectX = g0[0] + (tc - refCol) * (double) r.width() * g0[1];
            double expectY = g0[3] + (tr - refRow) * (double) r.height() * g0[5];
            GeoTiff t = opened.get(k);
            double[] gt;
            if (t != null) {
                double[] actual = t.geo().geoTransform();
                double tol = 1e-6 * Math.abs(g0[1]);
                if (Math.abs(actual[0] - expectX) > tol || Math.abs(actual[3] - expectY) > tol) {
                    throw new BadContentException("tiles do not abut on one grid: " + name(spec, k, nc) + " (" + t.uri()
                            + ") has its top-left corner at (" + actual[0] + ", " + actual[3] + ") but at mosaic row "
                            + tr + ", column " + tc + " it should be at (" + expectX + ", " + expectY
                            + "); list tile rows top to bottom (north to south, e.g. 40:37 for REMA) and columns "
                            + "left to right");
                }
                gt = t.geo(level).geoTransform();
            } else {
                gt = gl.clone();
                gt[0] = expectX;
                gt[3] = expectY;
            }
            slots.add(new TileSlot(spec.rows().get(tr), spec.cols().get(tc), uris.get(k), t != null,
                    tr * lv.height(), tc * lv.width(), lv.width(), lv.height(), lv.blockWidth(), lv.blockHeight(), gt));
        }
        return slots;
    }

    private static String name(MosaicSpec spec, int k, int nc) {
        return String.format("%02d_%02d", spec.rows().get(k / nc), spec.cols().get(k % nc));
    }

    /** Names of the missing tiles, e.g. "38_21". */
    public static String describeMissing(MosaicLayout layout) {
        return layout.missing().stream().map(TileSlot::name).collect(Collectors.joining(", "));
    }
}
