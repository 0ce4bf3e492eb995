package nunatak.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.NotFoundException;
import nunatak.catalog.CatalogTile;
import nunatak.catalog.RemaV2Layer;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.Listing;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.PresetSource;
import nunatak.mosaic.TemplateSource;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;
import nunatak.tiff.GeoTiffCache;

/**
 * The layers a source has, as the viewer lists them (the asked-for one first):
 * <ul>
 * <li>STAC catalogs and STAC API searches: every asset of the items (a {@code hillshade} asset, PGC's browse
 *     image, is listed as {@code browse}, since {@code hillshade} is the viewer's own relief);</li>
 * <li>REMA v2 presets: dem, mad, count, mindate, maxdate, datamask; REMA v1: dem;</li>
 * <li>templates with {@code {asset}}, and templates or files whose file name has a REMA layer as a word
 *     ({@code 40_20_32m_v2.0_dem.tif}, {@code 40_20_8m_dem_COG_LZW.tif}, which become {@code ..._{asset}...}): the
 *     REMA layers whose file exists beside the first tile that has the asked-for one (a header request each);</li>
 * <li>VRTs: the VRT's band, named by the REMA layer in its file name, and the sibling VRTs that exist
 *     ({@code rema_32m_dem.vrt} → {@code rema_32m_mad.vrt}, ...);</li>
 * <li>file lists and anything else: one layer.</li>
 * </ul>
 *
 * <pre>{@code
 * List<LayerSpec> layers = SourceLayers.of(new CatalogSources.Vrt("sample/32m_dem.vrt", 1), "dem", null, options);
 * }</pre>
 */
public final class SourceLayers {
    /** REMA's layers in the order the viewer lists them: its files' suffixes, but the browse hillshade's. */
    static final List<String> REMA = Arrays.stream(RemaV2Layer.values()).filter(l -> l != RemaV2Layer.BROWSE)
            .map(RemaV2Layer::suffix).toList();
    /** A REMA layer's name as a word of a file name: between separators, so "demo" is not "dem". */
    private static final Pattern KIND_WORD = Pattern.compile("(?<=^|[_.\\-])(" + String.join("|", REMA)
            + ")(?=[_.\\-]|$)");
    /** The only asset of a VRT's or a file list's tiles. */
    private static final String SINGLE = "dem";

    private SourceLayers() {
    }

    /**
     * @param primary the asset to list first (the command line's {@code --asset}); for single-layer sources, the
     *                name of their layer when their file name does not tell
     * @param box     the box the viewer shows (EPSG:3031), or null
     */
    public static List<LayerSpec> of(MosaicSource source, String primary, double[] box, SourceOptions options) {
        if (source instanceof TemplateSource t) {
            return template(t, primary, box, options);
        }
        if (source instanceof PresetSource p) {
            List<String> names = p.name().startsWith("rema-v1") ? List.of("dem") : firstThen(primary, REMA);
            return names.stream().map(n -> new LayerSpec(n, source, n)).toList();
        }
        if (source instanceof CatalogSources.Stac || source instanceof CatalogSources.StacApi) {
            return catalogAssets(source, primary, box, options);
        }
        if (source instanceof CatalogSources.Vrt v) {
            return vrts(v, primary, box, options);
        }
        if (source instanceof CatalogSources.Files f && !f.uris().isEmpty()) {
            return List.of(new LayerSpec(kindOf(f.uris().get(0), primary), source, SINGLE));
        }
        return List.of(new LayerSpec(primary, source, SINGLE));
    }

    /** The REMA layer a file name names as a word ("mad" for {@code 40_20_32m_v2.0_mad.tif}), else {@code fallback}. */
    public static String kindOf(String location, String fallback) {
        Matcher m = KIND_WORD.matcher(fileName(location));
        return m.find() ? m.group(1) : fallback;
    }

    private static List<LayerSpec> template(TemplateSource t, String primary, double[] box, SourceOptions options) {
        String text = t.template().toString();
        if (!t.template().names().contains("asset")) {
            String file = fileName(text);
            Matcher m = KIND_WORD.matcher(file);
            if (!m.find()) {
                return List.of(new LayerSpec(primary, t, SINGLE));
            }
            int at = text.length() - file.length();
            primary = m.group(1);
            t = new TemplateSource(UriTemplate.parse(text.substring(0, at + m.start()) + "{asset}"
                    + text.substring(at + m.end())), t.rows(), t.cols());
        }
        List<String> candidates = firstThen(primary, REMA);
        Listing listing = t.list(box, candidates, options);
        List<LayerSpec> out = new ArrayList<>();
        for (CatalogTile tile : listing.catalog().tiles()) {
            if (exists(tile.assets().get(primary), options)) {
                for (String name : candidates) {
                    if (name.equals(primary) || exists(tile.assets().get(name), options)) {
                        out.add(new LayerSpec(name, t, name));
                    }
                }
                return out;
            }
        }
        return List.of(new LayerSpec(primary, t, primary)); // no tile exists: opening says so
    }

    private static List<LayerSpec> catalogAssets(MosaicSource source, String primary, double[] box,
                                                 SourceOptions options) {
        Listing listing = source.list(box, List.of(primary), options);
        Set<String> assets = new LinkedHashSet<>();
        for (CatalogTile tile : listing.catalog().tiles()) {
            assets.addAll(tile.assets().keySet());
        }
        MosaicSource listed = new ListedSource(source, List.copyOf(assets), listing);
        List<LayerSpec> out = new ArrayList<>();
        for (String asset : firstThen(primary, new ArrayList<>(assets))) {
            out.add(new LayerSpec(asset.equals(ViewSource.HILLSHADE) ? "browse" : asset, listed, asset));
        }
        return out;
    }

    private static List<LayerSpec> vrts(CatalogSources.Vrt vrt, String primary, double[] box, SourceOptions options) {
        String file = fileName(vrt.url());
        Matcher m = KIND_WORD.matcher(file);
        if (!m.find()) {
            return List.of(new LayerSpec(primary, vrt, SINGLE));
        }
        int at = vrt.url().length() - file.length();
        List<LayerSpec> out = new ArrayList<>();
        out.add(new LayerSpec(m.group(1), vrt, SINGLE));
        for (String name : REMA) {
            if (name.equals(m.group(1))) {
                continue;
            }
            CatalogSources.Vrt sibling = new CatalogSources.Vrt(vrt.url().substring(0, at + m.start()) + name
                    + vrt.url().substring(at + m.end()), vrt.band());
            try {
                Listing listing = sibling.list(box, List.of(SINGLE), options);
                out.add(new LayerSpec(name, new ListedSource(sibling, List.of(SINGLE), listing), SINGLE));
            } catch (NotFoundException e) {
                // no such sibling
            }
        }
        return out;
    }

    private static List<String> firstThen(String first, List<String> rest) {
        Set<String> out = new LinkedHashSet<>();
        out.add(first);
        out.addAll(rest);
        return List.copyOf(out);
    }

    private static String fileName(String location) {
        String path = location.replaceAll("[?#].*", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean exists(String uri, SourceOptions options) {
        try {
            GeoTiffCache.open(uri, options);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
