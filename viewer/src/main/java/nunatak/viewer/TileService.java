package nunatak.viewer;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;

/**
 * Serves encoded tiles: from the cache, or drawn on a pool with a bounded queue. A burst beyond the queue is
 * refused at once (503, the map asks again) instead of piling up work and memory; requests for a tile already
 * being drawn share that drawing. A tile that fails to read is an error naming the tile, never a blank tile.
 *
 * <pre>{@code
 * TileService tiles = new TileService(64L << 20, 4, 256);
 * byte[] png = tiles.tile(dem, null, style, 10, 512, 511).join();
 * }</pre>
 */
final class TileService implements AutoCloseable {
    /** A fully transparent tile: where the layer has no pixel. */
    static final byte[] EMPTY = PngEncoder.encode(new int[PolarTileGrid.TILE_SIZE * PolarTileGrid.TILE_SIZE],
            PolarTileGrid.TILE_SIZE, PolarTileGrid.TILE_SIZE);

    private final TileCache cache;
    private final ThreadPoolExecutor pool;
    private final Map<String, CompletableFuture<byte[]>> drawing = new ConcurrentHashMap<>();

    TileService(long cacheBytes, int threads, int queue) {
        this.cache = new TileCache(cacheBytes);
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "nunatak-view-tile");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** @param relief the relief shading the colours, or null for none */
    CompletableFuture<byte[]> tile(RasterLayer layer, RasterLayer relief, TileStyle style, int z, long x, long y) {
        String key = style.key() + "|" + z + "/" + x + "/" + y;
        byte[] cached = cache.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = drawing.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        try {
            pool.execute(() -> {
                try {
                    byte[] png = draw(layer, relief, style, z, x, y);
                    cache.put(key, png);
                    mine.complete(png);
                } catch (Throwable e) {
                    mine.completeExceptionally(e);
                } finally {
                    drawing.remove(key, mine);
                }
            });
        } catch (RejectedExecutionException e) {
            drawing.remove(key, mine);
            throw new HttpProblem(503, "the viewer is busy drawing " + pool.getQueue().size()
                    + " tiles; tile " + z + "/" + x + "/" + y + " was refused, ask again shortly");
        }
        return mine;
    }

    private static byte[] draw(RasterLayer layer, RasterLayer relief, TileStyle style, int z, long x, long y) {
        int[] argb;
        try {
            argb = TileRenderer.render(layer, relief, style, z, x, y);
        } catch (InvalidArgumentException e) {
            throw e;
        } catch (NunatakException e) {
            throw new HttpProblem(502, "tile " + z + "/" + x + "/" + y + " of layer " + style.layer()
                    + " could not be read: " + e.getMessage(), e);
        }
        return argb == null ? EMPTY : PngEncoder.encode(argb, PolarTileGrid.TILE_SIZE, PolarTileGrid.TILE_SIZE);
    }

    /** {tiles cached, bytes cached, hits, misses}. */
    long[] cacheStats() {
        return cache.stats();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
