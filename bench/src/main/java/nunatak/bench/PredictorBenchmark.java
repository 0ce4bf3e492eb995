package nunatak.bench;

import java.util.concurrent.TimeUnit;
import nunatak.tiff.BlockCodec;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.SampleDecoder;
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
 * {@link SampleDecoder} alone on decompressed float32 blocks: predictor 1 (byte order to {@code float[]} only),
 * 2 (integer differencing) and 3 (floating-point byte planes). The {@code mb} counter is MB/s of block data.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PredictorBenchmark {
    @Param({"1", "2", "3"})
    public int predictor;

    private ImageLevel level;
    private byte[][] decompressed;
    private int next;

    @Setup
    public void load() throws BlockCodec.CorruptBlockException {
        DecodeData data = DecodeData.load(switch (predictor) {
            case 1 -> "lzw";
            case 2 -> "lzw_pred2";
            default -> "lzw_pred3";
        });
        level = data.level;
        BlockCodec codec = BlockCodec.of(level.compression());
        decompressed = new byte[data.blockCount()][];
        for (int i = 0; i < decompressed.length; i++) {
            decompressed[i] = new byte[data.decodedBytes(i) + BlockCodec.PADDING];
            codec.decode(data.payloads[i], 0, data.payloads[i].length, decompressed[i], data.decodedBytes(i));
        }
    }

    @Benchmark
    public Samples decode(DecodedBytes counter) {
        int i = next;
        next = i + 1 == decompressed.length ? 0 : i + 1;
        int rows = level.storedRows(i / level.blocksAcross());
        Samples s = SampleDecoder.decode(decompressed[i], level.blockWidth(), rows, level.samplesPerPixel(),
                level.dataType(), predictor, level.order());
        counter.add(level.decodedBytes(i / level.blocksAcross()));
        return s;
    }
}
