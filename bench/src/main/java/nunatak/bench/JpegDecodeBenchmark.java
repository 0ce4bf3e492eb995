package nunatak.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nunatak.tiff.BlockCodec;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageIoCodec;
import nunatak.tiff.ImageLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 512 x 512 JPEG tile as GDAL writes it (a COG: YCbCr 4:2:0 for RGB, or 8-bit grey; quantization tables in
 * JPEGTables), decoded into pixel-interleaved bytes by TwelveMonkeys' reader ({@code JPEG}) or the JDK's
 * ({@code JDK_JPEG}), on one thread. The tile is written at setup by GDAL's Python bindings
 * ({@code /usr/bin/python3}, Debian's python3-gdal).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar JpegDecodeBenchmark -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class JpegDecodeBenchmark {
    private static final String WRITE = String.join("\n",
            "import sys, numpy as np",
            "from osgeo import gdal",
            "path, bands = sys.argv[1], int(sys.argv[2])",
            "y, x = np.mgrid[0:512, 0:512]",
            "rng = np.random.default_rng(1)",
            "src = gdal.GetDriverByName('MEM').Create('', 512, 512, bands, gdal.GDT_Byte)",
            "planes = [128 + 100 * np.sin(x / 40.0) * np.cos(y / 30.0), x / 2.0, y / 2.0]",
            "for i in range(bands):",
            "    src.GetRasterBand(i + 1).WriteArray(np.clip(planes[i] + rng.normal(0, 6, (512, 512)), 0, 255).astype(np.uint8))",
            "gdal.GetDriverByName('COG').CreateCopy(path, src, options=['COMPRESS=JPEG', 'BLOCKSIZE=512', 'OVERVIEWS=NONE'])");

    @Param({"JPEG", "JDK_JPEG"})
    public String reader;

    @Param({"ycbcr", "grey"})
    public String kind;

    private BlockCodec codec;
    private byte[] tile;
    private byte[] dst;
    private int expected;

    @Setup
    public void write() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jpeg-bench");
        Path file = dir.resolve(kind + ".tif");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", WRITE, file.toString(), kind.equals("grey") ? "1" : "3")
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("GDAL could not write the tile (apt-get install python3-gdal)");
        }
        GeoTiff tif = GeoTiff.open(file.toString());
        ImageLevel l = tif.level(0);
        tile = new byte[(int) l.byteCounts()[0]];
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            ch.read(java.nio.ByteBuffer.wrap(tile), l.offsets()[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        codec = new ImageIoCodec(ImageIoCodec.Reader.valueOf(reader), l.jpegTables(), l.blockWidth(), l.samplesPerPixel());
        expected = l.decodedBytes(0);
        dst = new byte[expected + BlockCodec.PADDING];
        Files.delete(file);
        Files.delete(dir);
    }

    @Benchmark
    public byte[] decode() throws BlockCodec.CorruptBlockException {
        codec.decode(tile, 0, tile.length, dst, expected);
        return dst;
    }
}
