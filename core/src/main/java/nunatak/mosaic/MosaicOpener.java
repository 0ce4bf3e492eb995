package nunatak.mosaic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.UnsupportedFormatException;
import nunatak.catalog.CatalogTile;
import nunatak.catalog.Footprint;
import nunatak.catalog.LayerInfo;
import nunatak.catalog.TileCatalog;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a catalog's tiles on one pixel grid: tiles the catalog already placed (STAC items with the projection
 * extension, VRT sources, an embedded tile index) cost no request; the others' headers are read, all at once. The
 * tiles must share CRS and pixel size and lie whole pixels apart; they may overlap and leave holes.
 *
 * <pre>{@code
 * MosaicLayout dem = MosaicOpener.open(VrtCatalog.read("s3://bucket/rema_32m_dem.vrt", 1, SourceOptions.DEFAULT),
 *         LayerOptions.DEFAULT, Map.of());
 * }</pre>
 */
public final class MosaicOpener {
    private static final Logger LOG = LoggerFactory.getLogger(MosaicOpener.class);
    /** How far from a whole pixel two tiles' origins may be (in pixels) and still share a grid. */
    private static final double PIXEL_TOLERANCE = 1e-6;
    /** Block side assumed before any header is read: GDAL's COG default, and REMA's. */
    private static final int DEFAULT_BLOCK = 512;

    private MosaicOpener() {
    }

    /**
     * @param cells areas (minX, minY, maxX, maxY) that belong to the mosaic even when their tile is missing, by tile
     *              id: a template's REMA grid cells, so that a missing tile keeps its place as NaN
     */
    public static MosaicLayout open(TileCatalog catalog, LayerOptions o, Map<String, double[]> cells) {
        if (catalog.tiles().isEmpty()) {
            throw new NotFoundException(catalog.source() + " lists no tile" + " (check the catalog, --bbox, rows and columns)");
        }
        List<String> uris = catalog.tiles().stream().map(t -> uriOf(t, o.asset(), catalog)).toList();
        LayerInfo info = catalog.layer(assetName(catalog.tiles().get(0), o.asset()));
        boolean needType = info.dataType() == null;
        List<Integer> toRead = new ArrayList<>();
        for (int k = 0; k < uris.size(); k++) {
            if (catalog.tiles().get(k).footprint() == null || (needType && toRead.isEmpty())) {
                toRead.add(k);
            }
        }
        List<GeoTiff> read = HeaderReads.open(toRead.stream().map(uris::get).toList(), o.options());
        GeoTiff[] headers = new GeoTiff[uris.size()];
        boolean[] missing = new boolean[uris.size()];
        for (int i = 0; i < toRead.size(); i++) {
            headers[toRead.get(i)] = read.get(i);
            missing[toRead.get(i)] = read.get(i) == null;
        }
        if (needType && java.util.Arrays.stream(headers).allMatch(h -> h == null)) {
            throw new NotFoundException("none of the " + uris.size() + " tiles of " + catalog.source()
                    + " exists, e.g. " + uris.get(0) + "; check the template, rows and columns");
        }
        Footprint[] fp = new Footprint[uris.size()];
        int ref = -1;
        for (int k = 0; k < uris.size(); k++) {
            CatalogTile t = catalog.tiles().get(k);
            fp[k] = t.footprint() != null ? t.footprint() : headers[k] == null ? null : footprintOf(headers[k]);
            if (fp[k] != null && !missing[k] && ref < 0) {
                ref = k;
            }
        }
        if (ref < 0) {
            throw new NotFoundException("none of the " + uris.size() + " tiles of " + catalog.source()
                    + " exists, e.g. " + uris.get(0) + "; check the template, rows and columns");
        }
        GeoTiff refHeader = firstHeader(headers);
        DataType type = info.dataType() != null ? info.dataType() : refHeader.level(0).dataType();
        Double nodata = info.dataType() != null ? info.nodata()
                : refHeader != null && refHeader.nodata().isPresent() ? refHeader.nodata().getAsDouble() : null;
        for (int k = 0; k < uris.size(); k++) {
            if (headers[k] != null) {
                checkHeader(headers[k], refHeader, type, o);
            }
            if (fp[k] != null && k != ref) {
                checkSameGrid(fp[ref], catalog.tiles().get(ref).id(), fp[k], catalog.tiles().get(k).id());
            }
        }
        reportMissing(catalog, uris, missing, o);
        cells = cellsThatApply(cells, fp, missing);
        MosaicGrid full = catalog.grid() != null ? gridOf(catalog.grid()) : union(fp, missing, cells, fp[ref]);
        int factor = o.level() == 0 ? 1 : levelFactor(refHeader, o.level());
        List<MosaicTile> tiles = new ArrayList<>();
        for (int k = 0; k < uris.size(); k++) {
            CatalogTile t = catalog.tiles().get(k);
            Footprint f = fp[k] != null ? fp[k] : cellFootprint(cells.get(t.id()), fp[ref], t.id());
            if (f == null) {
                continue; // a missing tile with no known place adds nothing
            }
            tiles.add(place(t, uris.get(k), f, full, factor, headers[k], o, missing[k], nodata));
        }
        String areaOrPoint = refHeader != null && refHeader.geo() != null ? refHeader.geo().rasterType().gdalName() : "Area";
        return new MosaicLayout(catalog.source(), factor == 1 ? full : full.coarser(factor), tiles, o.level(), o.band(),
                type, nodata, areaOrPoint, o.overlap(), o.onMissing(), o.options(),
                refHeader == null ? DEFAULT_BLOCK : refHeader.level(o.level()).blockWidth(), o.useMask());
    }

    /** The asset a layer reads: the one asked for, else "dem", else the tile's first. */
    private static String assetName(CatalogTile t, String asset) {
        return asset != null ? asset : t.assets().containsKey("dem") || t.assets().isEmpty() ? "dem"
                : t.assets().keySet().iterator().next();
    }

    static String uriOf(CatalogTile t, String asset, TileCatalog catalog) {
        if (t.assets().isEmpty()) {
            throw new BadContentException(catalog.source() + ": tile " + t.id() + " has no raster asset");
        }
        String name = assetName(t, asset);
        String uri = t.assets().get(name);
        if (uri == null) {
            throw new InvalidArgumentException(catalog.source() + ": tile " + t.id() + " has no asset '" + name
                    + "'; it has " + t.assets().keySet() + " (choose one with --asset)");
        }
        return uri;
    }

    private static GeoTiff firstHeader(GeoTiff[] headers) {
        for (GeoTiff h : headers) {
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    static Footprint footprintOf(GeoTiff tif) {
        GeoReference g = tif.geo();
        if (g == null) {
            throw new BadContentException(tif.uri() + ": is not georeferenced (no GeoTIFF tags), so it cannot be placed"
                    + " in a mosaic");
        }
        if (!g.isNorthUp()) {
            throw new UnsupportedFormatException(tif.uri() + ": rotated or sheared geotransforms cannot be mosaicked");
        }
        return new Footprint(tif.width(), tif.height(), g.geoTransform(), g.epsg());
    }

    private static void checkHeader(GeoTiff t, GeoTiff ref, DataType type, LayerOptions o) {
        String both = " (" + t.uri() + " vs " + ref.uri() + ")";
        if (t.level(0).dataType() != type) {
            throw new BadContentException("tiles differ in data type: " + t.level(0).dataType() + " vs " + type + both);
        }
        if (!t.nodata().equals(ref.nodata())) {
            throw new BadContentException("tiles differ in nodata: " + t.nodata() + " vs " + ref.nodata() + both);
        }
        if (o.band() > t.bandCount()) {
            throw new InvalidArgumentException(t.uri() + ": has " + t.bandCount() + " band(s), no band " + o.band());
        }
        if (t.overviewCount() < o.level()) {
            throw new InvalidArgumentException(t.uri() + ": has " + t.overviewCount() + " overview level(s), no level "
                    + o.level() + " (0 = full resolution)");
        }
    }

    /** Same CRS, same pixel size, origins a whole number of pixels apart; else an error naming both tiles. */
    static void checkSameGrid(Footprint a, String aName, Footprint b, String bName) {
        double[] ga = a.geoTransform();
        double[] gb = b.geoTransform();
        String both = " (" + bName + " vs " + aName + ")";
        if (a.epsg() != null && b.epsg() != null && !a.epsg().equals(b.epsg())) {
            throw new BadContentException("tiles differ in CRS: EPSG:" + b.epsg() + " vs EPSG:" + a.epsg() + both);
        }
        if (Math.abs(ga[1] - gb[1]) > 1e-9 * Math.abs(ga[1]) || Math.abs(ga[5] - gb[5]) > 1e-9 * Math.abs(ga[5])) {
            throw new BadContentException("tiles differ in resolution: " + gb[1] + " x " + -gb[5] + " m vs " + ga[1]
                    + " x " + -ga[5] + " m" + both + "; one mosaic needs one pixel size");
        }
        double dx = (gb[0] - ga[0]) / ga[1];
        double dy = (gb[3] - ga[3]) / ga[5];
        if (Math.abs(dx - Math.rint(dx)) > PIXEL_TOLERANCE || Math.abs(dy - Math.rint(dy)) > PIXEL_TOLERANCE) {
            throw new BadContentException("tiles are not on one pixel grid: " + bName + "'s top-left corner ("
                    + gb[0] + ", " + gb[3] + ") lies " + dx + " x " + dy + " pixels from " + aName + "'s (" + ga[0]
                    + ", " + ga[3] + "); a mosaic needs origins a whole number of pixels apart (resample one of them "
                    + "with gdalwarp -tap)");
        }
    }

    private static MosaicGrid gridOf(Footprint g) {
        double[] gt = g.geoTransform();
        return new MosaicGrid(gt[0], gt[3], gt[1], -gt[5], g.width(), g.height(), g.epsg());
    }

    /** The union of the present tiles and of the grid cells asked for, on the reference tile's pixel lattice. */
    private static MosaicGrid union(Footprint[] fp, boolean[] missing, Map<String, double[]> cells, Footprint ref) {
        double minX = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        List<double[]> areas = new ArrayList<>(cells.values());
        for (int k = 0; k < fp.length; k++) {
            if (fp[k] != null && !missing[k]) {
                areas.add(fp[k].bounds());
            }
        }
        for (double[] b : areas) {
            minX = Math.min(minX, b[0]);
            minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[2]);
            maxY = Math.max(maxY, b[3]);
        }
        double[] g = ref.geoTransform();
        double resX = g[1];
        double resY = -g[5];
        int width = (int) Math.round((maxX - minX) / resX);
        int height = (int) Math.round((maxY - minY) / resY);
        return new MosaicGrid(minX, maxY, resX, resY, width, height, ref.epsg());
    }

    private static Footprint cellFootprint(double[] cell, Footprint ref, String id) {
        if (cell == null) {
            return null;
        }
        double[] g = ref.geoTransform();
        int w = (int) Math.round((cell[2] - cell[0]) / g[1]);
        int h = (int) Math.round((cell[3] - cell[1]) / -g[5]);
        Footprint f = new Footprint(w, h, new double[] {cell[0], g[1], 0, cell[3], 0, g[5]}, ref.epsg());
        checkSameGrid(ref, "the mosaic", f, "the cell of missing tile " + id);
        return f;
    }

    /**
     * A template's grid cells count only when its tiles really lie in REMA's grid (each present tile overlaps a
     * cell); tiles of another grid named {i}/{j} keep their own places and a missing one is simply absent.
     */
    private static Map<String, double[]> cellsThatApply(Map<String, double[]> cells, Footprint[] fp, boolean[] missing) {
        if (cells.isEmpty()) {
            return cells;
        }
        for (int k = 0; k < fp.length; k++) {
            if (fp[k] == null || missing[k]) {
                continue;
            }
            double[] b = fp[k].bounds();
            boolean inACell = cells.values().stream()
                    .anyMatch(c -> b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]);
            if (!inACell) {
                return Map.of();
            }
        }
        return cells;
    }

    /** The overview factor of {@code level}: from a header when one was read, else GDAL's usual 2^level. */
    private static int levelFactor(GeoTiff header, int level) {
        if (header == null) {
            return 1 << level;
        }
        return (int) Math.round((double) header.width() / header.level(level).width());
    }

    private static MosaicTile place(CatalogTile t, String uri, Footprint f, MosaicGrid grid, int factor, GeoTiff header,
                                    LayerOptions o, boolean missing, Double nodata) {
        double[] g = f.geoTransform();
        int col0 = (int) Math.round((g[0] - grid.originX()) / grid.resX());
        int row0 = (int) Math.round((grid.originY() - g[3]) / grid.resY());
        int width = f.width();
        int height = f.height();
        int srcCol = t.srcCol();
        int srcRow = t.srcRow();
        if (factor > 1) {
            col0 = Math.floorDiv(2 * col0 + factor, 2 * factor);
            row0 = Math.floorDiv(2 * row0 + factor, 2 * factor);
            boolean whole = header != null && srcCol == 0 && srcRow == 0 && width == header.width()
                    && height == header.height();
            width = whole ? header.level(o.level()).width() : MosaicGrid.ceilDiv(width, factor);
            height = whole ? header.level(o.level()).height() : MosaicGrid.ceilDiv(height, factor);
            srcCol /= factor;
            srcRow /= factor;
        }
        Double transparent = t.nodata() != null ? t.nodata() : nodata;
        Footprint expected = header == null ? t.footprint() : null;
        MosaicTile tile = new MosaicTile(t.id(), uri, true, row0, col0, width, height, srcRow, srcCol, expected,
                transparent, t.opaque(), t.window());
        return missing ? tile.absent() : tile;
    }

    private static void reportMissing(TileCatalog catalog, List<String> uris, boolean[] missing, LayerOptions o) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < missing.length; k++) {
            if (missing[k]) {
                names.add(catalog.tiles().get(k).id() + " (" + uris.get(k) + ")");
            }
        }
        if (names.isEmpty()) {
            return;
        }
        if (o.onMissing() == MissingPolicy.ERROR) {
            throw new NotFoundException(names.size() + " of " + uris.size() + " tiles do not exist: "
                    + String.join(", ", names) + " (use --on-missing nan to read them as NaN)");
        }
        LOG.warn("{} of {} tiles do not exist and are read as NaN: {}", names.size(), uris.size(),
                names.stream().collect(Collectors.joining(", ")));
    }
}
