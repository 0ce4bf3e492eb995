package nunatak.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.UnsupportedFormatException;
import nunatak.source.Locations;
import nunatak.source.SourceOptions;
import nunatak.tiff.DataType;

/**
 * A GDAL VRT mosaic as a tile catalog: the VRT's own grid ({@code rasterXSize}, {@code rasterYSize},
 * {@code GeoTransform}, {@code SRS}), one band's type and {@code NoDataValue}, and one tile per
 * {@code SimpleSource}/{@code ComplexSource} placed by its {@code DstRect}, in the VRT's order (later sources win
 * where they overlap, as in GDAL). A {@code SrcRect} that starts inside the file becomes the tile's
 * {@code srcCol}/{@code srcRow}; a ComplexSource's {@code NODATA} lets earlier tiles show through, a SimpleSource
 * (or a ComplexSource without NODATA) is opaque. Every tile's single asset is named {@value #ASSET}. Whatever
 * nunatak cannot reproduce exactly (resampling between SrcRect and DstRect, scaling, LUTs, colour tables, kernel
 * or averaged sources, derived or warped bands, masks) is an error naming the element and its line.
 *
 * <pre>{@code
 * TileCatalog c = VrtCatalog.read("https://example.org/rema/32m_dem.vrt", 1, SourceOptions.DEFAULT);
 * c.grid();                                  // 170318 x 182568 px at (-2700096, 32, 0, 3342080, 0, -32)
 * c.tiles().get(0).assets().get("dem");      // s3://pgc-opendata-dems/rema/mosaics/v2.0/32m/06_37/...
 * }</pre>
 */
public final class VrtCatalog {
    /** The name of every tile's one layer. */
    public static final String ASSET = "dem";
    private static final Set<String> DATASET_CHILDREN = Set.of("SRS", "GeoTransform", "VRTRasterBand", "Metadata",
            "OverviewList", "BlockXSize", "BlockYSize");
    private static final Set<String> BAND_CHILDREN = Set.of("NoDataValue", "HideNoDataValue", "ColorInterp",
            "Description", "UnitType", "Offset", "Scale", "Metadata", "Histograms", "CategoryNames", "ColorTable",
            "Overview", "SimpleSource", "ComplexSource");
    private static final Set<String> SOURCE_CHILDREN = Set.of("SourceFilename", "SourceBand", "SourceProperties",
            "SrcRect", "DstRect", "NODATA", "UseMaskBand", "ScaleOffset", "ScaleRatio");
    private static final Map<String, DataType> GDAL_TYPES = Map.of("Byte", DataType.UINT8, "Int8", DataType.INT8,
            "UInt16", DataType.UINT16, "Int16", DataType.INT16, "UInt32", DataType.UINT32, "Int32", DataType.INT32,
            "Float32", DataType.FLOAT32, "Float64", DataType.FLOAT64);

    private VrtCatalog() {
    }

    /**
     * @param uri  the VRT: a path or a file:, http(s)://, s3:// or gs:// URI
     * @param band the band to read, from 1
     */
    public static TileCatalog read(String uri, int band, SourceOptions options) {
        URI vrt = Locations.toUri(uri);
        String at = vrt.toString();
        XmlElement root = XmlElement.parse(CatalogFiles.read(vrt, options), at);
        if (!root.name.equals("VRTDataset")) {
            throw new BadContentException(at + ": the root element is <" + root.name + ">, not <VRTDataset>");
        }
        refuseSubClass(root, at, "dataset");
        only(root, DATASET_CHILDREN, at);
        int width = positiveInt(root, "rasterXSize", at);
        int height = positiveInt(root, "rasterYSize", at);
        XmlElement srs = root.child("SRS");
        Integer epsg = srs == null ? null : WktAuthority.epsg(srs.text());
        double[] gt = geoTransform(root.child("GeoTransform"), at);
        Footprint grid = new Footprint(width, height, gt, epsg);
        XmlElement b = band(root, band, at);
        refuseSubClass(b, at, "band");
        only(b, BAND_CHILDREN, at);
        DataType type = GDAL_TYPES.get(b.attribute("dataType"));
        if (type == null) {
            throw new UnsupportedFormatException(at + ": " + b.where() + " has dataType '" + b.attribute("dataType")
                    + "'; nunatak reads Byte, Int8, UInt16, Int16, UInt32, Int32, Float32 and Float64");
        }
        identity(b.child("Offset"), 0, at);
        identity(b.child("Scale"), 1, at);
        XmlElement nd = b.child("NoDataValue");
        Double nodata = nd == null ? null : number(nd, at);
        List<CatalogTile> tiles = new ArrayList<>();
        for (XmlElement s : b.children) {
            if (s.name.equals("SimpleSource") || s.name.equals("ComplexSource")) {
                CatalogTile t = tile(s, vrt, grid, at);
                if (t != null) {
                    tiles.add(t);
                }
            }
        }
        return new TileCatalog("VRT " + at + " band " + band, tiles, grid, type, nodata);
    }

    private static CatalogTile tile(XmlElement s, URI vrt, Footprint grid, String at) {
        only(s, SOURCE_CHILDREN, at);
        XmlElement file = s.child("SourceFilename");
        if (file == null) {
            throw new BadContentException(at + ": " + s.where() + " has no <SourceFilename>");
        }
        URI uri = VrtSourceFile.uri(file, vrt, at);
        XmlElement sourceBand = s.child("SourceBand");
        if (sourceBand != null && !sourceBand.text().equals("1")) {
            throw new UnsupportedFormatException(at + ": " + sourceBand.where() + " is '" + sourceBand.text()
                    + "'; nunatak reads band 1 of each source (write single-band tiles, or one VRT per band)");
        }
        XmlElement mask = s.child("UseMaskBand");
        if (mask != null && !mask.text().equalsIgnoreCase("false") && !mask.text().equals("0")) {
            throw new UnsupportedFormatException(at + ": " + mask.where() + " makes the sources' mask bands decide "
                    + "transparency; nunatak uses nodata values: rebuild the VRT without -addalpha/mask bands");
        }
        identity(s.child("ScaleOffset"), 0, at);
        identity(s.child("ScaleRatio"), 1, at);
        XmlElement props = s.child("SourceProperties");
        int srcWidth = props == null ? -1 : positiveInt(props, "RasterXSize", at);
        int srcHeight = props == null ? -1 : positiveInt(props, "RasterYSize", at);
        long[] src = rect(s.child("SrcRect"), srcWidth, srcHeight, s, at);
        long[] dst = rect(s.child("DstRect"), (int) src[2], (int) src[3], s, at);
        if (src[2] != dst[2] || src[3] != dst[3]) {
            throw new UnsupportedFormatException(at + ": " + s.child("DstRect").where() + " is " + dst[2] + " x "
                    + dst[3] + " px but <SrcRect> is " + src[2] + " x " + src[3] + ": the source would be resampled "
                    + "(resampling=\"" + s.attributes.getOrDefault("resampling", "nearest") + "\"); nunatak reads "
                    + "pixels as they are: rebuild the VRT at the sources' resolution");
        }
        // Only the part inside both the file and the VRT is read (as GDAL does); cut both rectangles alike.
        long[] cols = overlap(src[0], dst[0], src[2], srcWidth, grid.width());
        long[] rows = overlap(src[1], dst[1], src[3], srcHeight, grid.height());
        if (cols == null || rows == null) {
            return null; // the source lies outside the VRT or the file: GDAL reads nothing from it
        }
        double[] g = grid.geoTransform();
        double x0 = g[0] + (dst[0] + cols[0]) * g[1];
        double y0 = g[3] + (dst[1] + rows[0]) * g[5];
        Footprint fp = new Footprint((int) (cols[1] - cols[0]), (int) (rows[1] - rows[0]),
                new double[] {x0, g[1], 0, y0, 0, g[5]}, grid.epsg());
        XmlElement nodata = s.child("NODATA");
        if (nodata != null && s.name.equals("SimpleSource")) {
            throw new BadContentException(at + ": " + nodata.where() + " inside a <SimpleSource>: GDAL ignores it "
                    + "there; make it a <ComplexSource> if the value is meant to be transparent");
        }
        Double nd = nodata == null ? null : number(nodata, at);
        String id = Locations.fileName(uri).replaceFirst("\\.[^.]*$", "");
        int srcCol = (int) (src[0] + cols[0]);
        int srcRow = (int) (src[1] + rows[0]);
        // A part of the file, or a file of unknown size: GDAL reads the window from whatever the file holds.
        boolean window = srcCol != 0 || srcRow != 0 || fp.width() != srcWidth || fp.height() != srcHeight;
        return new CatalogTile(id, Map.of(ASSET, uri.toString()), fp, srcCol, srcRow, nd, nd == null, window);
    }

    /**
     * Along one axis, the offsets [from, to) into a rectangle of {@code size} starting at {@code src} in the file
     * and {@code dst} in the VRT that lie inside both; null when none do.
     */
    private static long[] overlap(long src, long dst, long size, int fileSize, int gridSize) {
        long from = Math.max(0, Math.max(-src, -dst));
        long to = Math.min(size, gridSize - dst);
        if (fileSize >= 0) {
            to = Math.min(to, fileSize - src);
        }
        return to > from ? new long[] {from, to} : null;
    }

    /** A rectangle (xOff, yOff, xSize, ySize) in whole pixels; absent, it is the source's full size. */
    private static long[] rect(XmlElement r, int defaultWidth, int defaultHeight, XmlElement source, String at) {
        if (r == null) {
            if (defaultWidth < 0) {
                throw new BadContentException(at + ": " + source.where() + " has neither <SrcRect> nor "
                        + "<SourceProperties>, so where its pixels go is unknown; rebuild it with gdalbuildvrt");
            }
            return new long[] {0, 0, defaultWidth, defaultHeight};
        }
        long[] out = new long[4];
        String[] keys = {"xOff", "yOff", "xSize", "ySize"};
        for (int i = 0; i < 4; i++) {
            double v = number(r, keys[i], at);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new UnsupportedFormatException(at + ": " + r.where() + " " + keys[i] + "=\"" + r.attribute(keys[i])
                        + "\" is not a whole number of pixels: the source is not on the VRT's pixel grid and would be "
                        + "resampled; rebuild the VRT so that the sources align (same resolution and grid)");
            }
            out[i] = (long) v;
        }
        if (out[2] < 1 || out[3] < 1) {
            throw new BadContentException(at + ": " + r.where() + " has an empty size " + out[2] + " x " + out[3]);
        }
        return out;
    }

    private static XmlElement band(XmlElement root, int band, String at) {
        List<XmlElement> bands = root.children("VRTRasterBand");
        for (int i = 0; i < bands.size(); i++) {
            String n = bands.get(i).attribute("band");
            if (n == null ? i + 1 == band : n.trim().equals(Integer.toString(band))) {
                return bands.get(i);
            }
        }
        throw new InvalidArgumentException(at + ": the VRT has " + bands.size() + " band(s); band " + band
                + " does not exist (bands count from 1)");
    }

    private static double[] geoTransform(XmlElement e, String at) {
        if (e == null) {
            throw new UnsupportedFormatException(at + ": the VRT has no <GeoTransform>; nunatak needs a "
                    + "georeferenced mosaic");
        }
        String[] p = e.text().split(",");
        if (p.length != 6) {
            throw new BadContentException(at + ": " + e.where() + " must hold 6 numbers, not '" + e.text() + "'");
        }
        double[] gt = new double[6];
        for (int i = 0; i < 6; i++) {
            gt[i] = parse(p[i], e, at);
        }
        if (gt[2] != 0 || gt[4] != 0 || gt[1] <= 0 || gt[5] >= 0) {
            throw new UnsupportedFormatException(at + ": " + e.where() + " '" + e.text() + "' is rotated or not "
                    + "north-up; nunatak reads north-up grids (warp the VRT with gdalwarp first)");
        }
        return gt;
    }

    private static void refuseSubClass(XmlElement e, String at, String what) {
        String sub = e.attribute("subClass");
        if (sub != null) {
            throw new UnsupportedFormatException(at + ": " + e.where() + " is a " + sub + " " + what + " (warped, "
                    + "derived or pansharpened data); nunatak reads plain mosaics of sources: materialise it with "
                    + "gdal_translate or build a plain VRT with gdalbuildvrt");
        }
    }

    private static void only(XmlElement e, Set<String> allowed, String at) {
        for (XmlElement c : e.children) {
            if (!allowed.contains(c.name)) {
                throw new UnsupportedFormatException(at + ": " + c.where() + " inside " + e.where()
                        + " is not supported: nunatak reads sources as they are, without " + c.name
                        + "; rebuild the VRT with gdalbuildvrt, or materialise it with gdal_translate");
            }
        }
    }

    /** An element whose value must leave pixels unchanged: an offset of 0 or a ratio of 1. */
    private static void identity(XmlElement e, double expected, String at) {
        if (e != null && number(e, at) != expected) {
            throw new UnsupportedFormatException(at + ": " + e.where() + " is " + e.text() + "; nunatak does not "
                    + "rescale pixels (only " + expected + " is supported): apply it after reading, or materialise "
                    + "the VRT with gdal_translate");
        }
    }

    private static int positiveInt(XmlElement e, String attribute, String at) {
        double v = number(e, attribute, at);
        if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new BadContentException(at + ": " + e.where() + " " + attribute + "=\"" + e.attribute(attribute)
                    + "\" must be a positive whole number");
        }
        return (int) v;
    }

    private static double number(XmlElement e, String attribute, String at) {
        String v = e.attribute(attribute);
        if (v == null) {
            throw new BadContentException(at + ": " + e.where() + " has no " + attribute + " attribute");
        }
        return parse(v, e, at);
    }

    private static double number(XmlElement e, String at) {
        return parse(e.text(), e, at);
    }

    private static double parse(String text, XmlElement e, String at) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t.equals("inf") ? "Infinity" : t.equals("-inf") ? "-Infinity" : t);
        } catch (NumberFormatException ex) {
            throw new BadContentException(at + ": " + e.where() + " holds '" + text.trim() + "', not a number", ex);
        }
    }
}
