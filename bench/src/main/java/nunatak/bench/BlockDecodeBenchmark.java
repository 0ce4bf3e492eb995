package nunatak.bench;

import java.util.concurrent.TimeUnit;
import nunatak.tiff.BlockCodec;
import nunatak.tiff.Samples;
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
 * Decoding the blocks of one benchmark file, one block per operation, cycling through all of level 0 so that
 * voids and rough terrain weigh as they do in a whole-file read:
 * <ul>
 *   <li>{@code codec}: the decompressor alone, bare payload in, bytes out;</li>
 *   <li>{@code block}: what a read does after the fetch, {@link GeoTiff#decodeBlock} on the fetched bytes
 *       (GDAL's block framing, decompression, predictor, conversion to {@code float[]}), the path to compare
 *       with GDAL's.</li>
 * </ul>
 * The {@code mb} counter is the MB/s of decoded data of one thread; the data comes from bench/make-decode-data.sh.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BlockDecodeBenchmark {
    @Param({"lzw", "lzw_rough", "lzw_pred2", "lzw_pred3", "deflate", "zstd_pred3"})
    public String file;

    private DecodeData data;
    private BlockCodec codec;
    private byte[] dst;
    private int next;

    @Setup
    public void load() {
        data = DecodeData.load(file);
        codec = BlockCodec.of(data.level.compression());
        dst = new byte[data.maxDecodedBytes() + BlockCodec.PADDING];
    }

    private int nextBlock() {
        int i = next;
        next = i + 1 == data.blockCount() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public byte[] codec(DecodedBytes counter) throws BlockCodec.CorruptBlockException {
        int i = nextBlock();
        byte[] src = data.payloads[i];
        int expected = data.decodedBytes(i);
        codec.decode(src, 0, src.length, dst, expected);
        counter.add(expected);
        return dst;
    }

    @Benchmark
    public Samples block(DecodedBytes counter) {
        int i = nextBlock();
        int[] b = data.blocks[i];
        Samples s = data.tif.decodeBlock(0, b[0], b[1], data.ranges[i], data.fetched[i]);
        counter.add(data.decodedBytes(i));
        return s;
    }
}
