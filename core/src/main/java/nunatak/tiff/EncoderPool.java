package nunatak.tiff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Compressors and scratch buffers shared by all levels of one file, one set per concurrent task. */
final class EncoderPool implements AutoCloseable {
    private final Compression compression;
    private final int level;
    private final ConcurrentLinkedQueue<Context> idle = new ConcurrentLinkedQueue<>();
    private final List<Context> all = new ArrayList<>();

    /** One task's compressor with the buffers it fills. */
    static final class Context {
        private final BlockEncoder encoder;
        private byte[] raw = new byte[0];
        private long[] rowBits = new long[0];

        Context(BlockEncoder encoder) {
            this.encoder = encoder;
        }

        BlockEncoder encoder() {
            return encoder;
        }

        byte[] raw(int n) {
            if (raw.length < n) {
                raw = new byte[n];
            }
            return raw;
        }

        long[] rowBits(int n) {
            if (rowBits.length < n) {
                rowBits = new long[n];
            }
            return rowBits;
        }
    }

    EncoderPool(Compression compression, int level) {
        this.compression = compression;
        this.level = level;
    }

    Context take() {
        Context c = idle.poll();
        if (c != null) {
            return c;
        }
        c = new Context(BlockEncoder.of(compression, level));
        synchronized (all) {
            all.add(c);
        }
        return c;
    }

    void give(Context c) {
        idle.add(c);
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(c -> c.encoder.close());
            all.clear();
        }
        idle.clear();
    }
}
