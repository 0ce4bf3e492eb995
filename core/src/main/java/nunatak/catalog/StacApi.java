package nunatak.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.source.SourceOptions;

/**
 * A STAC API item search as a tile catalog: {@code POST {api}/search} with the collection, the region's lon/lat
 * {@code bbox} and a page size, following {@code next} links (GET, or POST with their {@code body}, merged into
 * the previous one when {@code merge} is true, and their {@code headers}) until the last page. Each page is
 * retried on connection failures, timeouts and 408/429/5xx with {@link SourceOptions#retry()}; a page that still
 * fails is an error naming its URL and number, never a short result. The result is checked against the server's
 * {@code numberMatched} (or {@code context.matched}) and for items that arrive twice. Items become tiles as in
 * {@link StacCatalog}; with an EPSG:3031 box in the region they are also filtered by {@code proj:bbox}.
 *
 * <pre>{@code
 * TileCatalog c = StacApi.search("https://stac.pgc.umn.edu/api/v1/", "rema-mosaics-v2.0-32m",
 *         Region.ofXy(-1_100_000, 600_000, -700_000, 1_000_000).withLonLat(-61.39, -81.53, -34.99, -76.38),
 *         100, SourceOptions.DEFAULT);
 * }</pre>
 */
public final class StacApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StacApi() {
    }

    /**
     * @param apiUrl     the API's landing page, e.g. {@code https://stac.pgc.umn.edu/api/v1/}
     * @param collection e.g. {@code rema-mosaics-v2.0-32m}
     * @param region     its lon/lat box becomes the search's bbox; null or {@link Region#ALL} for everything
     * @param limit      items per page, 1..10000
     */
    public static TileCatalog search(String apiUrl, String collection, Region region, int limit,
                                     SourceOptions options) {
        if (limit < 1 || limit > 10_000) {
            throw new InvalidArgumentException("page size " + limit + " is not valid; use 1..10000 (e.g. 100)");
        }
        if (collection == null || collection.isBlank()) {
            throw new InvalidArgumentException("name the STAC collection to search, e.g. rema-mosaics-v2.0-32m");
        }
        Region r = region == null ? Region.ALL : region;
        URI search = URI.create(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/").resolve("search");
        ObjectNode body = JSON.createObjectNode();
        body.putArray("collections").add(collection);
        if (r.lonLat() != null) {
            var bbox = body.putArray("bbox");
            for (double v : r.lonLat().toArray()) {
                bbox.add(v);
            }
        }
        body.put("limit", limit);
        StacApiPage.Request request = new StacApiPage.Request("POST", search, body, Map.of());
        String source = "STAC API search " + search + " (collection " + collection + ")";
        List<StacItems.ItemTile> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<StacApiPage.Request> asked = new HashSet<>();
        Long matched = null;
        int arrived = 0;
        for (int page = 1; request != null; page++) {
            if (!asked.add(request)) {
                throw new BadContentException(source + ": page " + page + " links back to an earlier request ("
                        + request.method() + " " + request.uri() + "); the server's paging loops");
            }
            StacApiPage.Response answer = StacApiPage.fetch(request, page, options);
            JsonNode json = answer.json();
            String where = request.method() + " " + request.uri() + " (page " + page + ")";
            JsonNode features = json.path("features");
            if (!features.isArray()) {
                throw new BadContentException(where + ": the answer has no \"features\" array; is " + apiUrl
                        + " a STAC API?");
            }
            JsonNode returned = json.path("numberReturned");
            if (returned.isIntegralNumber() && returned.asLong() != features.size()) {
                throw new BadContentException(where + ": says numberReturned " + returned.asLong() + " but holds "
                        + features.size() + " features");
            }
            matched = matched != null ? matched : numberMatched(json);
            for (int k = 0; k < features.size(); k++) {
                StacItems.ItemTile t = StacItems.read(features.get(k), request.uri(), false, where + ", feature " + k);
                Integer before = seen.put(t.tile().id(), page);
                if (before != null) {
                    throw new BadContentException(source + ": item " + t.tile().id() + " arrived twice (pages "
                            + before + " and " + page + "); the server's paging is not stable, so items may be "
                            + "missing: search again");
                }
                arrived++;
                if (t.mayIntersect(r)) {
                    kept.add(t);
                }
            }
            request = StacApiPage.next(json, request, where);
        }
        if (matched != null && arrived < matched) {
            throw new BadContentException(source + ": the server matched " + matched + " items but its pages held "
                    + arrived + "; the result would be incomplete: search again, or raise the page size");
        }
        return StacItems.catalog(source, kept);
    }

    private static Long numberMatched(JsonNode page) {
        JsonNode m = page.path("numberMatched");
        if (!m.isIntegralNumber()) {
            m = page.path("context").path("matched");
        }
        return m.isIntegralNumber() ? m.asLong() : null;
    }
}
