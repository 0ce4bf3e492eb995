package nunatak.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.BadContentException;
import nunatak.NunatakException;
import nunatak.SourceIOException;
import nunatak.mosaic.RemaGrid;
import nunatak.source.Locations;
import nunatak.source.SourceOptions;

/**
 * Walks a static STAC tree with up to {@code ioConcurrency} files in flight, following {@code child} and
 * {@code item} links only where they can intersect the region, and collects the items' tiles in link order
 * (depth first), whatever order the fetches finish in. The first failure stops the walk.
 */
final class StacWalk {
    /**
     * PGC names per-cell catalogs and items after REMA's 100 km cells ({@code 38_21.json},
     * {@code 38_21_10m_v2.0.json}, 2 m quarters {@code 38_21_1_2_2m_v2.0.json}); merged tiles ({@code 62_06s})
     * do not match and are always read.
     */
    private static final Pattern CELL_NAME =
            Pattern.compile("(\\d{1,3})_(\\d{1,3})(?:_([12])_([12]))?(?:_\\d+m_v[\\d.]+)?\\.json");
    /**
     * Every tile of cell {@code r_c} in PGC's index lies within the cell plus its buffer (at most 102 m); a
     * kilometre leaves room for that without reading more than the neighbours' edges.
     */
    static final double CELL_MARGIN = 1000;

    private final Region region;
    private final SourceOptions options;
    private final boolean preferS3;
    private final ExecutorService pool;
    private final Map<List<Integer>, StacItems.ItemTile> found = new ConcurrentSkipListMap<>(StacWalk::compare);
    private final Set<URI> visited = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    StacWalk(Region region, SourceOptions options, boolean preferS3) {
        this.region = region;
        this.options = options;
        this.preferS3 = preferS3;
        this.pool = Executors.newFixedThreadPool(options.ioConcurrency(), r -> {
            Thread t = new Thread(r, "nunatak-stac");
            t.setDaemon(true);
            return t;
        });
    }

    /** The tiles under {@code start} that can intersect the region, in link order. */
    List<StacItems.ItemTile> run(URI start) {
        try {
            submit(start, List.of(), null);
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceIOException("interrupted while reading the STAC catalog " + start, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof NunatakException n ? n : Failures.withContext(e.getCause(), start.toString());
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(found.values());
    }

    private void submit(URI uri, List<Integer> path, URI linkedFrom) {
        if (!visited.add(uri)) {
            return; // a catalog reachable twice (or a cycle) is read once
        }
        pending.incrementAndGet();
        pool.execute(() -> {
            try {
                if (!done.isDone()) {
                    visit(uri, path);
                }
            } catch (Throwable t) {
                done.completeExceptionally(linkedFrom == null ? t : Failures.withContext(t, "linked from " + linkedFrom));
            } finally {
                if (pending.decrementAndGet() == 0) {
                    done.complete(null);
                }
            }
        });
    }

    private void visit(URI uri, List<Integer> path) {
        JsonNode node = CatalogFiles.json(uri, options);
        String type = node.path("type").asText("");
        switch (type) {
            case "Feature" -> keep(path, StacItems.read(node, uri, preferS3, uri.toString()));
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                for (int k = 0; k < features.size(); k++) {
                    keep(append(path, k), StacItems.read(features.get(k), uri, preferS3, uri + ", feature " + k));
                }
            }
            case "Catalog", "Collection" -> followLinks(uri, node, path);
            default -> throw new BadContentException(uri + ": \"type\" is '" + type
                    + "', not a STAC Catalog, Collection, Feature (item) or FeatureCollection");
        }
    }

    private void followLinks(URI uri, JsonNode node, List<Integer> path) {
        if ("Collection".equals(node.path("type").asText()) && !collectionIntersects(node, uri)) {
            return;
        }
        boolean remaNames = node.path("id").asText("").startsWith("rema-mosaics");
        int k = 0;
        for (JsonNode link : node.path("links")) {
            String rel = link.path("rel").asText("");
            if (!rel.equals("child") && !rel.equals("item")) {
                continue;
            }
            String href = link.path("href").asText("");
            if (href.isEmpty()) {
                throw new BadContentException(uri + ": a \"" + rel + "\" link has no href");
            }
            URI child = CatalogFiles.resolve(uri, href, uri.toString());
            int index = k++;
            if (remaNames && !cellMayIntersect(Locations.fileName(child))) {
                continue;
            }
            submit(child, append(path, index), uri);
        }
    }

    private boolean collectionIntersects(JsonNode collection, URI uri) {
        double[] bbox = StacItems.numbers(collection.path("extent").path("spatial").path("bbox").path(0), 4,
                uri + ": extent.spatial.bbox[0]");
        return bbox == null || region.intersectsLonLat(bbox);
    }

    /** False only for a PGC cell or quarter name whose 100 km (50 km) square, plus margin, misses the region. */
    private boolean cellMayIntersect(String fileName) {
        Matcher m = CELL_NAME.matcher(fileName);
        if (region.xy() == null || !m.matches()) {
            return true;
        }
        int row = Integer.parseInt(m.group(1));
        int col = Integer.parseInt(m.group(2));
        double[] b = RemaGrid.box(row, col);
        if (m.group(3) != null) {
            double half = RemaGrid.TILE_SIZE / 2;
            b[1] += (Integer.parseInt(m.group(3)) - 1) * half;
            b[3] = b[1] + half;
            b[0] += (Integer.parseInt(m.group(4)) - 1) * half;
            b[2] = b[0] + half;
        }
        return region.intersectsXy(new double[] {b[0] - CELL_MARGIN, b[1] - CELL_MARGIN, b[2] + CELL_MARGIN,
                b[3] + CELL_MARGIN});
    }

    private void keep(List<Integer> path, StacItems.ItemTile t) {
        if (t.mayIntersect(region)) {
            found.put(path, t);
        }
    }

    private static List<Integer> append(List<Integer> path, int k) {
        List<Integer> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(k);
        return p;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
