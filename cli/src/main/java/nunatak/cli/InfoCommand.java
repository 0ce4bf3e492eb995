package nunatak.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.MetadataItem;
import nunatak.tiff.Nodata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak info URI [--band N]}: what gdalinfo shows that matters for COGs; with {@code --band}, that band's
 * statistics (read in full, as {@code gdalinfo -stats}).
 */
@Command(name = "info", description = "Describe a GeoTIFF: size, bands, type, blocks, compression, overviews, CRS, "
        + "nodata, mask; --band N adds that band's statistics.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URI", description = "Path, file:, http(s)://, s3:// or gs:// URI.")
    String location;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--band", paramLabel = "N", description = "Also compute band N's statistics (1 = the first "
            + "band); reads the whole band.")
    Integer band;

    @Mixin
    SourceOptionsMixin source;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GeoTiff tif = GeoTiff.open(location, source.toOptions());
        BandStats stats = band == null ? null : BandStats.of(tif, band);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = toMap(tif);
            if (stats != null) {
                m.put("band", stats.toMap());
            }
            out.println(Json.write(m));
        } else {
            out.println(toText(tif) + (stats == null ? "" : "\n" + stats.toText()));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toMap(GeoTiff tif) {
        ImageLevel full = tif.level(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", tif.uri().toString());
        m.put("width", tif.width());
        m.put("height", tif.height());
        m.put("bands", tif.bandCount());
        m.put("interleave", full.bandSeparate() ? "band" : "pixel");
        m.put("photometric", photometric(full));
        m.put("dtype", tif.dataType().label());
        m.put("tiled", full.tiled());
        m.put("block_width", full.blockWidth());
        m.put("block_height", full.blockHeight());
        m.put("compression", full.compression().label());
        m.put("predictor", full.predictor());
        m.put("bigtiff", tif.isBigTiff());
        m.put("byte_order", tif.byteOrder().toString().equals("BIG_ENDIAN") ? "big" : "little");
        GeoReference geo = tif.geo();
        m.put("epsg", geo == null ? null : geo.epsg());
        m.put("geotransform", geo == null ? null : geo.geoTransform());
        m.put("bounds", geo == null ? null : geo.bounds(tif.width(), tif.height()));
        m.put("area_or_point", geo == null ? null : geo.rasterType().gdalName());
        m.put("nodata", tif.nodata().isPresent() ? nodataValue(tif.nodata().getAsDouble()) : null);
        Nodata nd = tif.nodataInfo();
        if (nd.text() != null) {
            m.put("gdal_nodata", nd.text());
        }
        if (nd.note() != null) {
            m.put("nodata_note", nd.note());
        }
        List<Map<String, Object>> ovs = new ArrayList<>();
        for (int i = 1; i < tif.levels().size(); i++) {
            Map<String, Object> ov = new LinkedHashMap<>();
            ov.put("width", tif.level(i).width());
            ov.put("height", tif.level(i).height());
            ovs.add(ov);
        }
        m.put("overviews", ovs);
        m.put("masks", tif.masks().size());
        m.put("mask", maskMap(tif));
        Map<String, String> md = new LinkedHashMap<>();
        for (MetadataItem it : tif.metadata()) {
            md.put(it.band() >= 0 ? "band" + (it.band() + 1) + ":" + it.name() : it.name(), it.value());
        }
        m.put("metadata", md);
        m.put("layout", tif.structuralMetadata());
        return m;
    }

    private static Map<String, Object> maskMap(GeoTiff tif) {
        if (!tif.hasMask()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "internal");
        m.put("per", "dataset");
        ImageLevel mask = tif.mask(0).orElseThrow();
        m.put("bits", mask.bitsPerSample());
        m.put("compression", mask.compression().label());
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < tif.levels().size(); i++) {
            if (tif.mask(i).isPresent()) {
                levels.add(i);
            }
        }
        m.put("levels", levels);
        return m;
    }

    /** PhotometricInterpretation as GDAL names what it returns (YCbCr JPEG is returned as RGB). */
    static String photometric(ImageLevel l) {
        return switch (l.photometric()) {
            case 0 -> "min-is-white";
            case 1 -> "min-is-black";
            case 2 -> "RGB";
            case 3 -> "palette";
            case 5 -> "CMYK";
            case 6 -> "YCbCr (read as RGB)";
            default -> "photometric " + l.photometric();
        };
    }

    private static Object nodataValue(double v) {
        return Double.isFinite(v) ? (Object) v : Double.toString(v).toLowerCase(java.util.Locale.ROOT);
    }

    static String toText(GeoTiff tif) {
        ImageLevel full = tif.level(0);
        StringBuilder sb = new StringBuilder();
        sb.append("File: ").append(tif.uri()).append('\n');
        sb.append("Format: GeoTIFF").append(tif.isBigTiff() ? " (BigTIFF)" : "")
                .append(", ").append(tif.byteOrder().toString().equals("BIG_ENDIAN") ? "big" : "little")
                .append("-endian, ").append(tif.fileLength()).append(" bytes");
        String layout = tif.structuralMetadata().get("LAYOUT");
        sb.append(layout != null ? ", COG layout " + layout : "").append('\n');
        sb.append("Size: ").append(tif.width()).append(" x ").append(tif.height()).append(", ")
                .append(tif.bandCount()).append(tif.bandCount() == 1 ? " band" : " bands, "
                        + (full.bandSeparate() ? "band" : "pixel") + "-interleaved").append(" (")
                .append(photometric(full)).append(")\n");
        sb.append("Data type: ").append(tif.dataType()).append('\n');
        sb.append("Block: ").append(full.blockWidth()).append(" x ").append(full.blockHeight())
                .append(full.tiled() ? " (tiled)" : " (strips)").append('\n');
        sb.append("Compression: ").append(full.compression()).append(", predictor ").append(full.predictor()).append('\n');
        GeoReference geo = tif.geo();
        if (geo != null) {
            double[] g = geo.geoTransform();
            sb.append("Coordinate system: ").append(geo.epsg() == null ? "user-defined" : "EPSG:" + geo.epsg());
            sb.append(geo.citation() != null ? " (" + geo.citation() + ")" : "").append('\n');
            sb.append(String.format("Origin: (%s, %s)%n", fmt(g[0]), fmt(g[3])));
            sb.append(String.format("Pixel size: (%s, %s)%n", fmt(g[1]), fmt(g[5])));
            sb.append(String.format("Geotransform: %s, %s, %s, %s, %s, %s%n", fmt(g[0]), fmt(g[1]), fmt(g[2]),
                    fmt(g[3]), fmt(g[4]), fmt(g[5])));
            double[] b = geo.bounds(tif.width(), tif.height());
            sb.append(String.format("Bounds: x %s .. %s, y %s .. %s%n", fmt(b[0]), fmt(b[2]), fmt(b[1]), fmt(b[3])));
            sb.append("Area or point: ").append(geo.rasterType().gdalName()).append('\n');
        } else {
            sb.append("Coordinate system: none (not georeferenced)\n");
        }
        Nodata nd = tif.nodataInfo();
        sb.append("NoData: ").append(tif.nodata().isPresent() ? fmt(tif.nodata().getAsDouble()) : "none")
                .append(nd.note() == null ? "" : " (" + nd.note() + ")").append('\n');
        if (tif.hasMask()) {
            ImageLevel mask = tif.mask(0).orElseThrow();
            sb.append("Mask: internal, per dataset (").append(mask.bitsPerSample()).append("-bit, ")
                    .append(mask.compression()).append(tif.masks().size() > 1 ? ", with its overviews" : "")
                    .append(")\n");
        }
        sb.append("Overviews: ");
        if (tif.overviewCount() == 0) {
            sb.append("none");
        }
        for (int i = 1; i < tif.levels().size(); i++) {
            sb.append(i > 1 ? ", " : "").append(tif.level(i).width()).append('x').append(tif.level(i).height());
        }
        sb.append('\n');
        if (!tif.metadata().isEmpty()) {
            sb.append("Metadata:\n");
            for (MetadataItem it : tif.metadata()) {
                sb.append("  ").append(it.band() >= 0 ? "band " + (it.band() + 1) + ": " : "")
                        .append(it.name()).append('=').append(it.value()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%.1f", v) : Double.toString(v);
    }
}
