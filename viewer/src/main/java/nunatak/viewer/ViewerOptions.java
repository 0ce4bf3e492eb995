package nunatak.viewer;

import nunatak.InvalidArgumentException;

/**
 * Where the viewer listens and how much it may hold: the address and port (127.0.0.1 unless told otherwise, port 0
 * for a free one), the tile cache's budget, the threads drawing tiles and the queue in front of them (a burst
 * beyond it is refused with 503), and the analyses (profiles, zonal statistics) run at once.
 *
 * <pre>{@code
 * ViewerOptions o = ViewerOptions.defaults().withPort(0);
 * }</pre>
 */
public record ViewerOptions(String bind, int port, long tileCacheBytes, int tileThreads, int tileQueue,
                            int concurrentAnalyses) {

    public ViewerOptions {
        if (bind == null || bind.isBlank()) {
            throw new InvalidArgumentException("--bind needs an address, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new InvalidArgumentException("port " + port + " must lie in 0..65535 (0 = a free one)");
        }
        if (tileCacheBytes < 0 || tileThreads < 1 || tileQueue < 1 || concurrentAnalyses < 1) {
            throw new InvalidArgumentException("tile cache, threads, queue and analyses must be positive");
        }
    }

    /** 127.0.0.1:8080, 64 MiB of tiles, 2 threads per core (they mostly wait for bytes), 256 queued, 2 analyses. */
    public static ViewerOptions defaults() {
        return new ViewerOptions("127.0.0.1", 8080, 64L << 20,
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 256, 2);
    }

    public ViewerOptions withBind(String v) {
        return new ViewerOptions(v, port, tileCacheBytes, tileThreads, tileQueue, concurrentAnalyses);
    }

    public ViewerOptions withPort(int v) {
        return new ViewerOptions(bind, v, tileCacheBytes, tileThreads, tileQueue, concurrentAnalyses);
    }

    public ViewerOptions withTileCacheBytes(long v) {
        return new ViewerOptions(bind, port, v, tileThreads, tileQueue, concurrentAnalyses);
    }

    public ViewerOptions withTileQueue(int threads, int queue) {
        return new ViewerOptions(bind, port, tileCacheBytes, threads, queue, concurrentAnalyses);
    }
}
