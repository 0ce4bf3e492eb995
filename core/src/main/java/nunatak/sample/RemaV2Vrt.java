package nunatak.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nunatak.catalog.RemaV2Layer;
import nunatak.catalog.RemaV2Tile;
import nunatak.tiff.DataType;

/**
 * Writes a GDAL VRT of one layer of REMA v2 tiles as {@code gdalbuildvrt} writes it (GDAL 3.6): the union of the
 * tiles as grid, one {@code ComplexSource} per tile in the given order with {@code NODATA}, paths relative to the
 * VRT. With every tile of the index the grid is the continental one of PGC's VRTs.
 */
final class RemaV2Vrt {
    /** The WKT GDAL writes for EPSG:3031. */
    static final String WKT_3031 = "PROJCS[\"WGS 84 / Antarctic Polar Stereographic\",GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
            + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],"
            + "PROJECTION[\"Polar_Stereographic\"],PARAMETER[\"latitude_of_origin\",-71],"
            + "PARAMETER[\"central_meridian\",0],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",NORTH],AXIS[\"Northing\",NORTH],"
            + "AUTHORITY[\"EPSG\",\"3031\"]]";
    static final int BLOCK = 512;

    private RemaV2Vrt() {
    }

    /** The VRT of {@code layer} over {@code tiles} (one resolution, non-empty) at {@code file}, beside {@code 32m/} etc. */
    static void write(Path file, List<RemaV2Tile> tiles, RemaV2Layer layer) {
        int col0 = tiles.stream().mapToInt(RemaV2Tile::colOff).min().orElseThrow();
        int row0 = tiles.stream().mapToInt(RemaV2Tile::rowOff).min().orElseThrow();
        int col1 = tiles.stream().mapToInt(t -> t.colOff() + t.width()).max().orElseThrow();
        int row1 = tiles.stream().mapToInt(t -> t.rowOff() + t.height()).max().orElseThrow();
        RemaV2Tile first = tiles.get(0);
        double res = first.pixelSize();
        double left = first.xmin() - (first.colOff() - col0) * res;
        double top = first.ymax() + (first.rowOff() - row0) * res;
        String type = gdalName(layer.dataType());
        String nodata = number(layer.nodata());
        StringBuilder sb = new StringBuilder(512 + tiles.size() * 640);
        sb.append("<VRTDataset rasterXSize=\"").append(col1 - col0).append("\" rasterYSize=\"").append(row1 - row0)
                .append("\">\n");
        sb.append("  <SRS dataAxisToSRSAxisMapping=\"1,2\">").append(WKT_3031)
                .append("</SRS>\n");
        sb.append("  <GeoTransform>").append(String.format(Locale.ROOT, "%24.16e,%24.16e,%24.16e,%24.16e,%24.16e,%24.16e",
                left, res, 0.0, top, 0.0, -res)).append("</GeoTransform>\n");
        sb.append("  <VRTRasterBand dataType=\"").append(type).append("\" band=\"1\">\n");
        sb.append("    <NoDataValue>").append(nodata).append("</NoDataValue>\n");
        sb.append("    <ColorInterp>Gray</ColorInterp>\n");
        for (RemaV2Tile t : tiles) {
            int w = t.width();
            int h = t.height();
            sb.append("    <ComplexSource>\n");
            sb.append("      <SourceFilename relativeToVRT=\"1\">").append(t.path(layer)).append("</SourceFilename>\n");
            sb.append("      <SourceBand>1</SourceBand>\n");
            sb.append("      <SourceProperties RasterXSize=\"").append(w).append("\" RasterYSize=\"").append(h)
                    .append("\" DataType=\"").append(type).append("\" BlockXSize=\"").append(BLOCK)
                    .append("\" BlockYSize=\"").append(BLOCK).append("\" />\n");
            sb.append("      <SrcRect xOff=\"0\" yOff=\"0\" xSize=\"").append(w).append("\" ySize=\"").append(h)
                    .append("\" />\n");
            sb.append("      <DstRect xOff=\"").append(t.colOff() - col0).append("\" yOff=\"").append(t.rowOff() - row0)
                    .append("\" xSize=\"").append(w).append("\" ySize=\"").append(h).append("\" />\n");
            sb.append("      <NODATA>").append(nodata).append("</NODATA>\n");
            sb.append("    </ComplexSource>\n");
        }
        sb.append("  </VRTRasterBand>\n");
        List<Integer> factors = overviewFactors(tiles);
        if (!factors.isEmpty()) {
            sb.append("  <OverviewList resampling=\"nearest\">").append(factors.stream().map(String::valueOf)
                    .collect(Collectors.joining(" "))).append("</OverviewList>\n");
        }
        sb.append("</VRTDataset>\n");
        SampleFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The virtual overviews gdalbuildvrt declares (GDAL 3.6, {@code CreateVRTNonSeparate}): the power-of-two
     * factors of the sources' overviews, kept only where every source large enough for them has them.
     */
    static List<Integer> overviewFactors(List<RemaV2Tile> tiles) {
        Map<RemaV2Tile, List<Integer>> perTile = new LinkedHashMap<>();
        TreeSet<Integer> all = new TreeSet<>();
        for (RemaV2Tile t : tiles) {
            List<Integer> f = sourceFactors(t.width(), t.height());
            perTile.put(t, f);
            all.addAll(f);
        }
        for (Map.Entry<RemaV2Tile, List<Integer>> e : perTile.entrySet()) {
            for (Integer f : new ArrayList<>(all)) {
                if (e.getKey().width() / f < 128 && e.getKey().height() / f < 128) {
                    break;
                }
                if (!e.getValue().contains(f)) {
                    all.remove(f);
                }
            }
        }
        return new ArrayList<>(all);
    }

    /** GDAL's view of a sample tile's overviews (halved, rounding up, until one block holds them). */
    private static List<Integer> sourceFactors(int width, int height) {
        List<Integer> out = new ArrayList<>();
        int w = width;
        int h = height;
        int expected = 2;
        while (w > BLOCK || h > BLOCK) {
            w = (w + 1) / 2;
            h = (h + 1) / 2;
            if (w < 128 && h < 128) {
                break;
            }
            // GDALComputeOvFactor: from the width unless the image is much taller than wide.
            int factor = width >= height / 2 ? (int) (0.5 + width / (double) w) : (int) (0.5 + height / (double) h);
            if (factor != expected) {
                break;
            }
            out.add(factor);
            expected *= 2;
        }
        return out;
    }

    static String gdalName(DataType t) {
        return switch (t) {
            case UINT8 -> "Byte";
            case INT8 -> "Int8";
            case UINT16 -> "UInt16";
            case INT16 -> "Int16";
            case UINT32 -> "UInt32";
            case INT32 -> "Int32";
            case FLOAT32 -> "Float32";
            case FLOAT64 -> "Float64";
        };
    }

    /** As GDAL prints a nodata value: integers without a decimal point. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
