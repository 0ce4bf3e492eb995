package nunatak.viewer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.NotFoundException;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.UriTemplate;
import nunatak.tiff.GeoTiffCache;

/**
 * Finds REMA's sibling layers of a DEM mosaic: where the tiles' file name has {@code dem} as a word
 * ({@code 40_20_32m_v2.0_dem.tif}, {@code 40_20_8m_dem_COG_LZW.tif}), the same name with {@code mad},
 * {@code count}, {@code mindate}, {@code maxdate} or {@code datamask} instead, when that file exists next to the
 * first DEM tile that does (one header request per candidate).
 *
 * <pre>{@code
 * Map<String, MosaicSpec> more = SiblingLayers.find(demSpec);   // {mad=..., count=...} or {}
 * }</pre>
 */
public final class SiblingLayers {
    /** "dem" as a word of the last path segment: between separators, not inside "demo". */
    private static final Pattern DEM_WORD = Pattern.compile("(?<=^|[_.\\-/])dem(?=[_.\\-]|$)");

    private SiblingLayers() {
    }

    /** The sibling layers that exist, by name, in the order of {@link LayerKinds#siblings()}. */
    public static Map<String, MosaicSpec> find(MosaicSpec dem) {
        Map<String, MosaicSpec> out = new LinkedHashMap<>();
        String template = dem.template().toString();
        int slash = template.lastIndexOf('/') + 1;
        Matcher m = DEM_WORD.matcher(template.substring(slash));
        if (!m.find()) {
            return out;
        }
        int[] tile = firstPresent(dem);
        if (tile == null) {
            return out;
        }
        for (String name : LayerKinds.siblings()) {
            String t = template.substring(0, slash + m.start()) + name + template.substring(slash + m.end());
            if (exists(UriTemplate.parse(t).expand(tile[0], tile[1]), dem)) {
                out.put(name, MosaicSpec.of(t).withRows(dem.rows()).withCols(dem.cols()).withChunks(dem.chunks())
                        .withOnMissing(dem.onMissing()).withOptions(dem.options()));
            }
        }
        return out;
    }

    private static int[] firstPresent(MosaicSpec spec) {
        for (int i : spec.rows()) {
            for (int j : spec.cols()) {
                if (exists(spec.template().expand(i, j), spec)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private static boolean exists(String uri, MosaicSpec spec) {
        try {
            GeoTiffCache.open(uri, spec.options());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
