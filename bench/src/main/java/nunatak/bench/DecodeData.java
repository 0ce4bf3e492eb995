package nunatak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.source.ByteRange;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;

/**
 * The blocks of level 0 of one benchmark file, fetched once so the benchmarks time decoding only: both as
 * {@link GeoTiff#readBlocks} would fetch them (with GDAL's leader/trailer) and as bare codec payloads.
 */
final class DecodeData {
    /** Where bench/make-decode-data.sh writes by default, relative to the repository root. */
    static final String DEFAULT_DIR = "bench/target/decode-data";
    /** System property naming another data directory. */
    static final String DIR_PROPERTY = "nunatak.decodeData";

    final GeoTiff tif;
    final ImageLevel level;
    final int[][] blocks;
    final ByteRange[] ranges;
    final byte[][] fetched;
    final byte[][] payloads;

    private DecodeData(GeoTiff tif) {
        this.tif = tif;
        this.level = tif.level(0);
        int n = level.blockCount();
        blocks = new int[n][];
        ranges = new ByteRange[n];
        List<ByteRange> bare = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            blocks[i] = new int[] {i % level.blocksAcross(), i / level.blocksAcross()};
            ranges[i] = tif.blockRange(0, blocks[i][0], blocks[i][1]);
            bare.add(new ByteRange(level.offsets()[i], level.byteCounts()[i]));
        }
        fetched = tif.reader().readAll(List.of(ranges)).toArray(byte[][]::new);
        payloads = tif.reader().readAll(bare).toArray(byte[][]::new);
    }

    /** Opens {@code <dir>/<name>.tif}, with the directory from {@value #DIR_PROPERTY} or the default. */
    static DecodeData load(String name) {
        Path file = Path.of(System.getProperty(DIR_PROPERTY, DEFAULT_DIR), name + ".tif");
        if (!Files.isRegularFile(file)) {
            throw new InvalidArgumentException(file.toAbsolutePath() + " does not exist; run bench/make-decode-data.sh"
                    + " (or pass -D" + DIR_PROPERTY + "=DIR)");
        }
        return new DecodeData(GeoTiff.open(file.toString()));
    }

    int blockCount() {
        return blocks.length;
    }

    /** Decompressed size of block {@code i}, the bytes a benchmark counts as decoded. */
    int decodedBytes(int i) {
        return level.decodedBytes(blocks[i][1]);
    }

    int maxDecodedBytes() {
        int max = 0;
        for (int i = 0; i < blocks.length; i++) {
            max = Math.max(max, decodedBytes(i));
        }
        return max;
    }
}
