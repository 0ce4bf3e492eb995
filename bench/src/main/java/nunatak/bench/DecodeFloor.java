package nunatak.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * GeoTIFFs read from the local file and decoded (decompression, predictor, conversion to samples), the threads taking
 * the next file as they finish one, as GDAL's processes do. Nothing else of a job (the HTTP client, compositing rows,
 * masking, reducing) is timed, so beside GDAL's floor and the coarsen it tells the codec's share from the rest. Passes
 * run in one JVM: the first is what a fresh JVM pays (the JIT still compiling the decoder), the later ones the
 * decoder's steady speed. Memory stays at a block per thread, whatever the files' size. Prints
 * {@code {"first": s, "best": s, "pixels": n, "files": n, "threads": n}} as JSON.
 *
 * <pre>java -cp bench/target/benchmarks.jar nunatak.bench.DecodeFloor THREADS PASSES FILE...</pre>
 */
public final class DecodeFloor {
    private DecodeFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DecodeFloor THREADS PASSES FILE...");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[0]);
        int passes = Integer.parseInt(args[1]);
        List<Path> files = new ArrayList<>();
        long pixels = 0;
        for (String f : Arrays.asList(args).subList(2, args.length)) {
            files.add(Path.of(f));
            ImageLevel level = GeoTiff.open(f).level(0);
            pixels += (long) level.width() * level.height();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double first = 0;
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            double s = decodeAll(files, pool, threads);
            first = pass == 0 ? s : first;
            best = Math.min(best, s);
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "{\"first\": %.4f, \"best\": %.4f, \"pixels\": %d, \"files\": %d, \"threads\": %d}%n",
                first, best, pixels, files.size(), threads);
    }

    /** Seconds to read and decode every block of every file once. */
    private static double decodeAll(List<Path> files, ExecutorService pool, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                Samples reuse = null;
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    reuse = decodeFile(files.get(i), reuse);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Samples decodeFile(Path file, Samples reuse) throws IOException {
        GeoTiff tif = GeoTiff.open(file.toString());
        ImageLevel level = tif.level(0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int by = 0; by < level.blocksDown(); by++) {
                for (int bx = 0; bx < level.blocksAcross(); bx++) {
                    ByteRange r = tif.blockRange(0, bx, by);
                    ByteBuffer bytes = ByteBuffer.allocate((int) r.length());
                    while (bytes.hasRemaining()) {
                        if (channel.read(bytes, r.offset() + bytes.position()) < 0) {
                            throw new EOFException(file + " ends inside block (" + bx + ", " + by + ") at " + r);
                        }
                    }
                    reuse = tif.decodeBlock(0, bx, by, r, bytes.array(), reuse);
                }
            }
        }
        return reuse;
    }
}
