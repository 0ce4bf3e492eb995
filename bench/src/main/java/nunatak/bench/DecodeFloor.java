package nunatak.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nunatak.source.ByteRange;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.Samples;

/**
 * nunatak's own decode floor, the counterpart of bench/gdal_floor.py: every full-resolution block of the given
 * GeoTIFFs decoded (decompression, predictor, conversion to samples) by {@code THREADS} threads, the files' bytes
 * read into memory first. Nothing else of a job (fetching, compositing rows, masking, reducing) is timed, so beside
 * GDAL's floor and the coarsen it tells the codec's share from the rest. Passes run in one JVM: the first is what a
 * fresh JVM pays (the JIT still compiling the decoder), the later ones the decoder's steady speed. Prints
 * {@code {"first": s, "best": s, "pixels": n, "files": n, "threads": n}} as JSON.
 *
 * <pre>java -cp bench/target/benchmarks.jar nunatak.bench.DecodeFloor THREADS PASSES FILE...</pre>
 */
public final class DecodeFloor {
    private DecodeFloor() {
    }

    /** One block's compressed bytes and where it lies. */
    private record Block(GeoTiff tif, int bx, int by, ByteRange range, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DecodeFloor THREADS PASSES FILE...");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[0]);
        int passes = Integer.parseInt(args[1]);
        List<Block> blocks = new ArrayList<>();
        long pixels = 0;
        for (String file : Arrays.asList(args).subList(2, args.length)) {
            pixels += load(Path.of(file), blocks);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double first = 0;
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            double s = decodeAll(blocks, pool, threads);
            first = pass == 0 ? s : first;
            best = Math.min(best, s);
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "{\"first\": %.4f, \"best\": %.4f, \"pixels\": %d, \"files\": %d, \"threads\": %d}%n",
                first, best, pixels, args.length - 2, threads);
    }

    private static long load(Path file, List<Block> out) throws IOException {
        GeoTiff tif = GeoTiff.open(file.toString());
        byte[] all = Files.readAllBytes(file);
        ImageLevel level = tif.level(0);
        for (int by = 0; by < level.blocksDown(); by++) {
            for (int bx = 0; bx < level.blocksAcross(); bx++) {
                ByteRange r = tif.blockRange(0, bx, by);
                out.add(new Block(tif, bx, by, r, Arrays.copyOfRange(all, (int) r.offset(), (int) r.end())));
            }
        }
        return (long) level.width() * level.height();
    }

    /** Seconds to decode every block once, the threads taking the next block as they finish one. */
    private static double decodeAll(List<Block> blocks, ExecutorService pool, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                Samples reuse = null;
                for (int i = next.getAndIncrement(); i < blocks.size(); i = next.getAndIncrement()) {
                    Block b = blocks.get(i);
                    reuse = b.tif().decodeBlock(0, b.bx(), b.by(), b.range(), b.bytes(), reuse);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
