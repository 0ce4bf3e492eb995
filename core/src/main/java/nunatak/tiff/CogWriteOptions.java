package nunatak.tiff;

import java.nio.file.Path;
import nunatak.InvalidArgumentException;

/**
 * How {@link CogWriter} encodes a Cloud-Optimized GeoTIFF. {@link #DEFAULT} is GDAL's COG driver default:
 * 512 x 512 blocks, LZW without predictor, internal overviews down to one block, nearest resampling,
 * BigTIFF only when the file would not fit in 4 GiB.
 *
 * <pre>{@code
 * CogWriteOptions o = CogWriteOptions.DEFAULT.withCompression(Compression.ZSTD).withPredictor(3).withLevel(12);
 * }</pre>
 *
 * @param blockSize   tile width and height in pixels, a multiple of 16 as TIFF requires
 * @param compression block compression
 * @param predictor   1 none, 2 horizontal differencing (on the integer representation, also for floats),
 *                    3 floating point (float types only); 2 and 3 need LZW, DEFLATE or ZSTD as in libtiff
 * @param level       DEFLATE level 1..9 or ZSTD level 1..22; -1 means GDAL's default (6 and 9)
 * @param overviews   build internal overviews, halving until the image fits one block
 * @param resampling  how overview pixels are computed
 * @param bigTiff     when to write BigTIFF
 * @param threads     threads compressing the blocks of a block row; 1 keeps everything on the caller's thread
 * @param tempDir     directory for intermediate files; null means next to the output (so the final rename is atomic)
 */
public record CogWriteOptions(int blockSize, Compression compression, int predictor, int level, boolean overviews,
                              Resampling resampling, BigTiff bigTiff, int threads, Path tempDir) {

    /** When to write BigTIFF (64-bit offsets) instead of classic TIFF. */
    public enum BigTiff {
        /** Only when the file would be larger than classic TIFF's 4 GiB limit. */
        IF_NEEDED,
        YES,
        /** Never; writing fails with a clear error if the file would be too large. */
        NO
    }

    public static final CogWriteOptions DEFAULT = new CogWriteOptions(512, Compression.LZW, 1, -1, true,
            Resampling.NEAREST, BigTiff.IF_NEEDED, 1, null);

    public CogWriteOptions {
        if (blockSize < 16 || blockSize % 16 != 0 || blockSize > 8192) {
            throw new InvalidArgumentException("block size " + blockSize
                    + " is not valid: TIFF tiles are multiples of 16 pixels; use 256 or 512");
        }
        if (compression == null || resampling == null || bigTiff == null) {
            throw new InvalidArgumentException("compression, resampling and bigTiff must be set");
        }
        if (!compression.writable()) {
            throw new InvalidArgumentException(compression + " is read but not written by nunatak; "
                    + "write with LZW, DEFLATE, ZSTD, PACKBITS or NONE");
        }
        if (predictor < 1 || predictor > 3) {
            throw new InvalidArgumentException("predictor " + predictor + " is not valid; use 1 (none), "
                    + "2 (horizontal) or 3 (floating point)");
        }
        if (predictor != 1 && (compression == Compression.NONE || compression == Compression.PACKBITS)) {
            throw new InvalidArgumentException("predictor " + predictor + " needs LZW, DEFLATE or ZSTD compression; "
                    + compression + " does not apply predictors (libtiff would ignore it)");
        }
        int max = compression == Compression.ZSTD ? 22 : 9;
        if (level != -1 && (level < 1 || level > max)) {
            throw new InvalidArgumentException("compression level " + level + " is not valid for " + compression
                    + "; use 1.." + max + " or -1 for the default");
        }
        if (threads < 1) {
            throw new InvalidArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** The level actually used: GDAL's defaults are 6 for DEFLATE and 9 for ZSTD. */
    public int effectiveLevel() {
        if (level != -1) {
            return level;
        }
        return compression == Compression.ZSTD ? 9 : 6;
    }

    public CogWriteOptions withBlockSize(int v) {
        return new CogWriteOptions(v, compression, predictor, level, overviews, resampling, bigTiff, threads, tempDir);
    }

    /** Also resets the predictor to 1 when the new compression cannot use the current one. */
    public CogWriteOptions withCompression(Compression v) {
        int p = v == Compression.NONE || v == Compression.PACKBITS ? 1 : predictor;
        int l = level == -1 || level <= (v == Compression.ZSTD ? 22 : 9) ? level : -1;
        return new CogWriteOptions(blockSize, v, p, l, overviews, resampling, bigTiff, threads, tempDir);
    }

    public CogWriteOptions withPredictor(int v) {
        return new CogWriteOptions(blockSize, compression, v, level, overviews, resampling, bigTiff, threads, tempDir);
    }

    public CogWriteOptions withLevel(int v) {
        return new CogWriteOptions(blockSize, compression, predictor, v, overviews, resampling, bigTiff, threads, tempDir);
    }

    public CogWriteOptions withOverviews(boolean v) {
        return new CogWriteOptions(blockSize, compression, predictor, level, v, resampling, bigTiff, threads, tempDir);
    }

    public CogWriteOptions withResampling(Resampling v) {
        return new CogWriteOptions(blockSize, compression, predictor, level, overviews, v, bigTiff, threads, tempDir);
    }

    public CogWriteOptions withBigTiff(BigTiff v) {
        return new CogWriteOptions(blockSize, compression, predictor, level, overviews, resampling, v, threads, tempDir);
    }

    public CogWriteOptions withThreads(int v) {
        return new CogWriteOptions(blockSize, compression, predictor, level, overviews, resampling, bigTiff, v, tempDir);
    }

    public CogWriteOptions withTempDir(Path v) {
        return new CogWriteOptions(blockSize, compression, predictor, level, overviews, resampling, bigTiff, threads, v);
    }
}
