package nunatak.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nunatak.mosaic.RemaGrid;
import nunatak.sample.Terrain;
import nunatak.sample.TerrainRows;
import nunatak.tiff.CogWriteOptions;
import nunatak.tiff.CogWriter;
import nunatak.tiff.Compression;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoReference;
import nunatak.tiff.MetadataItem;
import nunatak.tiff.RasterSpec;
import nunatak.tiff.Samples;

/**
 * End-to-end write benchmark: streams a REMA 8 m tile (12500 x 12500 float32, tile 40_20 of the synthetic
 * terrain) into a COG with LZW, 512 blocks and nearest overviews, as {@code nunatak sample} does, and prints
 * the writer's throughput (terrain rendering time excluded), the end-to-end throughput and the peak heap.
 * See bench/README.md.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar nunatak.bench.WriteBenchmark [--size 12500] [--compression LZW]
 *      [--predictor 1] [--threads 1] [--repeat 2] [--dir /tmp]
 * </pre>
 */
public final class WriteBenchmark {
    private WriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = 12500;
        Compression compression = Compression.LZW;
        int predictor = 1;
        int threads = 1;
        int repeat = 2;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(v);
                case "--compression" -> compression = Compression.parse(v);
                case "--predictor" -> predictor = Integer.parseInt(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--repeat" -> repeat = Integer.parseInt(v);
                case "--dir" -> dir = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --size, --compression, --predictor, --threads, --repeat, --dir");
            }
        }
        double res = 100_000.0 / size;
        CogWriteOptions options = CogWriteOptions.DEFAULT.withCompression(compression).withPredictor(predictor)
                .withThreads(threads);
        GeoReference geo = new GeoReference(new double[] {RemaGrid.minX(20), res, 0, RemaGrid.maxY(40), 0, -res},
                RemaGrid.EPSG, GeoReference.RasterType.AREA, null);
        RasterSpec spec = RasterSpec.of(size, size, DataType.FLOAT32).withGeo(geo).withNodata(Terrain.NODATA)
                .withMetadata(List.of(new MetadataItem("OVR_RESAMPLING_ALG", "NEAREST", -1, null, null)));
        double megabytes = (double) size * size * 4 / 1e6;
        System.out.printf("Writing a %d x %d float32 tile (%.0f MB), %s, predictor %d, 512 blocks, nearest overviews, "
                + "%d compression thread(s); max heap %d MiB%n", size, size, megabytes, compression, predictor, threads,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= repeat; run++) {
            Path out = dir.resolve("nunatak-write-benchmark.tif");
            TerrainRows terrain = new TerrainRows(new Terrain(0), RemaGrid.minX(20), RemaGrid.maxY(40), res, size);
            long[] renderNanos = {0};
            int width = size;
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            CogWriter.write(out, spec, options, (first, count, rows) -> {
                long t = System.nanoTime();
                float[] v = ((Samples.F32) rows).values();
                for (int r = 0; r < count; r++) {
                    terrain.render(first + r, v, r * width);
                }
                renderNanos[0] += System.nanoTime() - t;
            });
            double total = (System.nanoTime() - start) / 1e9;
            double render = renderNanos[0] / 1e9;
            double write = total - render;
            long bytes = Files.size(out);
            System.out.printf("run %d: writer %.0f MB/s (%.1f s), end to end %.0f MB/s (%.1f s, terrain %.1f ns/pixel), "
                    + "file %.0f MB (%.2f of the input), peak heap %d MiB%n", run, megabytes / write, write,
                    megabytes / total, total, render * 1e9 / ((double) size * size), bytes / 1e6, bytes / 1e6 / megabytes,
                    peakHeap() >> 20);
            Files.delete(out);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
