package nunatak.tiff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nunatak.NunatakException;

/**
 * One resolution level being written: collects rows until a block row is complete, compresses its blocks
 * into a temporary file (each framed by GDAL's size leader and 4-byte trailer) and hands the rows on to the
 * next, coarser level. Only one block row of pixels is held at a time.
 */
final class LevelEncoder implements AutoCloseable {
    final int width;
    final int height;
    final int blockSize;
    final int blocksAcross;
    final int blocksDown;
    final Path tempFile;
    /** Offset of each block's data in the temporary file (after its leader), row-major. */
    final long[] offsets;
    final int[] byteCounts;

    private final DataType type;
    private final int predictor;
    private final Quantizer quantizer;
    private final float[] f32;
    private final double[] f64;
    private final EncoderPool encoders;
    private final ExecutorService pool;
    private final OutputStream out;
    private Downsampler next;
    private long written;
    private int buffered;
    private int blockRow;

    LevelEncoder(int width, int height, RasterSpec spec, CogWriteOptions options, Path tempFile,
                 EncoderPool encoders, ExecutorService pool) {
        this.width = width;
        this.height = height;
        this.blockSize = options.blockSize();
        this.blocksAcross = (width + blockSize - 1) / blockSize;
        this.blocksDown = (height + blockSize - 1) / blockSize;
        this.tempFile = tempFile;
        this.offsets = new long[blocksAcross * blocksDown];
        this.byteCounts = new int[offsets.length];
        this.type = spec.dataType();
        this.predictor = options.predictor();
        this.quantizer = new Quantizer(type, spec.nodata());
        int rows = Math.min(blockSize, height);
        this.f32 = type == DataType.FLOAT32 ? new float[rows * width] : null;
        this.f64 = type == DataType.FLOAT32 ? null : new double[rows * width];
        this.encoders = encoders;
        this.pool = pool;
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(tempFile), 1 << 20);
        } catch (IOException e) {
            throw CogWriter.ioFailure(tempFile, "create", e);
        }
    }

    void feed(Downsampler next) {
        this.next = next;
    }

    /** Appends {@code rows} full rows starting at {@code src[off]} ({@code float[]} or {@code double[]}). */
    void accept(Object src, int off, int rows) {
        int capacity = Math.min(blockSize, height - blockRow * blockSize);
        int done = 0;
        while (done < rows) {
            int n = Math.min(rows - done, capacity - buffered);
            int from = off + done * width;
            int to = buffered * width;
            int count = n * width;
            copy(src, from, to, count);
            buffered += n;
            done += n;
            if (buffered == capacity) {
                flushBlockRow();
                capacity = Math.min(blockSize, height - blockRow * blockSize);
            }
        }
    }

    private void copy(Object src, int from, int to, int count) {
        if (src instanceof float[] f) {
            if (f32 != null) {
                System.arraycopy(f, from, f32, to, count);
            } else {
                for (int i = 0; i < count; i++) {
                    f64[to + i] = quantizer.apply(f[from + i]);
                }
            }
        } else {
            double[] d = (double[]) src;
            if (f32 != null) {
                for (int i = 0; i < count; i++) {
                    f32[to + i] = (float) d[from + i];
                }
            } else if (quantizer.isIdentity()) {
                System.arraycopy(d, from, f64, to, count);
            } else {
                for (int i = 0; i < count; i++) {
                    f64[to + i] = quantizer.apply(d[from + i]);
                }
            }
        }
    }

    private void flushBlockRow() {
        Object buf = f32 != null ? f32 : f64;
        int rows = buffered;
        int base = blockRow * blocksAcross;
        if (pool == null || blocksAcross == 1) {
            EncoderPool.Context ctx = encoders.take();
            try {
                for (int bx = 0; bx < blocksAcross; bx++) {
                    int n = encodeBlock(ctx, buf, bx, rows);
                    append(base + bx, ctx.encoder().buffer(), n);
                }
            } finally {
                encoders.give(ctx);
            }
        } else {
            List<Future<byte[]>> parts = new ArrayList<>(blocksAcross);
            for (int bx = 0; bx < blocksAcross; bx++) {
                int col = bx;
                parts.add(pool.submit(() -> {
                    EncoderPool.Context ctx = encoders.take();
                    try {
                        int n = encodeBlock(ctx, buf, col, rows);
                        return java.util.Arrays.copyOf(ctx.encoder().buffer(), n);
                    } finally {
                        encoders.give(ctx);
                    }
                }));
            }
            for (int bx = 0; bx < blocksAcross; bx++) {
                byte[] b = join(parts.get(bx));
                append(base + bx, b, b.length);
            }
        }
        if (next != null) {
            for (int r = 0; r < rows; r++) {
                next.acceptRow(buf, r * width);
            }
        }
        buffered = 0;
        blockRow++;
    }

    private int encodeBlock(EncoderPool.Context ctx, Object buf, int bx, int rows) {
        int col0 = bx * blockSize;
        int cols = Math.min(blockSize, width - col0);
        int raw = blockSize * blockSize * type.bytes();
        byte[] bytes = ctx.raw(raw);
        SampleEncoder.encode(buf, width, col0, cols, rows, blockSize, type, predictor, bytes, ctx.rowBits(blockSize));
        return ctx.encoder().encode(bytes, raw);
    }

    /** Writes one block framed as GDAL does: uint32 size, the data, then its last 4 bytes again. */
    private void append(int index, byte[] data, int n) {
        if (n < 4) {
            throw new IllegalStateException("compressed block of " + n + " bytes cannot carry GDAL's trailer");
        }
        try {
            out.write(n);
            out.write(n >>> 8);
            out.write(n >>> 16);
            out.write(n >>> 24);
            out.write(data, 0, n);
            out.write(data, n - 4, 4);
        } catch (IOException e) {
            throw CogWriter.ioFailure(tempFile, "write", e);
        }
        offsets[index] = written + 4;
        byteCounts[index] = n;
        written += n + 8L;
    }

    /** Bytes in the temporary file. */
    long size() {
        return written;
    }

    /** Flushes the temporary file once every row has arrived. */
    void finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw CogWriter.ioFailure(tempFile, "write", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // already failing or finished; the file is deleted next
        }
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            // a leftover temporary file is harmless; its name says what it is
        }
    }

    private static byte[] join(Future<byte[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NunatakException("interrupted while compressing blocks", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new NunatakException("compressing a block failed: " + c, c);
        }
    }
}
