package nunatak.tiff;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;

/**
 * Writes a single-band Cloud-Optimized GeoTIFF laid out as GDAL's COG driver does (IFDs first, overviews
 * before full resolution, GDAL's block leaders and trailers), from rows streamed in top to bottom or from an
 * array in memory. Only a block row of each level is held in memory: compressed blocks go to temporary files
 * next to the output, which are assembled into the final file when all rows have arrived. The file appears
 * under its name only when complete (it is renamed into place), so an interrupted write never leaves a file
 * that looks finished.
 *
 * <pre>{@code
 * GeoReference geo = new GeoReference(new double[] {-1_100_000, 32, 0, 1_000_000, 0, -32}, 3031,
 *         GeoReference.RasterType.AREA, null);
 * RasterSpec spec = RasterSpec.of(2000, 2000, DataType.FLOAT32).withGeo(geo).withNodata(-9999);
 * // streaming: rows arrive in any chunks, top to bottom
 * try (CogWriter w = CogWriter.create(Path.of("tile.tif"), spec, CogWriteOptions.DEFAULT)) {
 *     for (int row = 0; row < 2000; row += 512) {
 *         int n = Math.min(512, 2000 - row);
 *         float[] rows = new float[n * 2000];   // computed rows: n full rows, row-major
 *         java.util.Arrays.fill(rows, row);
 *         w.writeRows(rows, 0, n);
 *     }
 * }
 * // an array in memory (e.g. a computed result, `-o result.tif`)
 * float[] values = new float[2000 * 2000];
 * CogWriter.write(Path.of("result.tif"), values, spec, CogWriteOptions.DEFAULT.withCompression(Compression.ZSTD));
 * }</pre>
 *
 * <p>Values are stored as the type holds them: float64 as is, float32 rounded to float, integers rounded half up
 * and clamped to the type's range, NaN in integer types replaced by the nodata value (0 without one).
 * Instances are not thread-safe; {@link CogWriteOptions#threads()} parallelises compression internally.
 */
public final class CogWriter implements AutoCloseable {
    private static final String TEMP_SUFFIX = ".nunatak-tmp";

    private final Path target;
    private final RasterSpec spec;
    private final CogWriteOptions options;
    private final List<LevelEncoder> levels = new ArrayList<>();
    private final EncoderPool encoders;
    private final ExecutorService pool;
    private int rowsWritten;
    private boolean closed;

    /** Supplies rows to {@link #write(Path, RasterSpec, CogWriteOptions, RowSource)}. */
    @FunctionalInterface
    public interface RowSource {
        /**
         * Fills {@code rows} with rows {@code firstRow .. firstRow + rowCount - 1}, row-major, {@code width}
         * values each: a {@link Samples.F32} for float32 images, a {@link Samples.F64} for every other type.
         */
        void fill(int firstRow, int rowCount, Samples rows);
    }

    private CogWriter(Path target, RasterSpec spec, CogWriteOptions options) {
        if (options.predictor() == 3 && !spec.dataType().isFloating()) {
            throw new InvalidArgumentException(target + ": predictor 3 (floating point) needs float32 or float64 data, "
                    + "not " + spec.dataType() + "; use predictor 2 for integers");
        }
        this.target = target.toAbsolutePath();
        this.spec = spec;
        this.options = options;
        this.encoders = new EncoderPool(options.compression(), options.effectiveLevel());
        this.pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "nunatak-cog-writer");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Path parent = this.target.getParent();
            Files.createDirectories(parent);
            Path tempDir = options.tempDir() != null ? options.tempDir() : parent;
            int w = spec.width();
            int h = spec.height();
            int bs = options.blockSize();
            LevelEncoder prev = null;
            while (true) {
                Path temp = Files.createTempFile(tempDir, "." + this.target.getFileName() + ".L" + levels.size() + ".",
                        TEMP_SUFFIX);
                LevelEncoder level;
                try {
                    level = new LevelEncoder(w, h, spec, options, temp, encoders, pool);
                } catch (RuntimeException e) {
                    deleteQuietly(temp);
                    throw e;
                }
                if (prev != null) {
                    prev.feed(new Downsampler(prev.width, prev.height, level, options.resampling(), spec));
                }
                levels.add(level);
                prev = level;
                if (!options.overviews() || (w <= bs && h <= bs)) {
                    break;
                }
                w = (w + 1) / 2;
                h = (h + 1) / 2;
            }
        } catch (IOException e) {
            abort();
            throw ioFailure(this.target, "create temporary files for", e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Starts a file; write all rows with {@link #writeRows}, then {@link #close()} to finish it. */
    public static CogWriter create(Path target, RasterSpec spec, CogWriteOptions options) {
        return new CogWriter(target, spec, options);
    }

    /** Writes a whole image held in memory, {@code width * height} values row-major, with the default options. */
    public static void write(Path target, float[] values, RasterSpec spec) {
        write(target, values, spec, CogWriteOptions.DEFAULT);
    }

    /** Writes a whole image held in memory, {@code width * height} values row-major, with the default options. */
    public static void write(Path target, double[] values, RasterSpec spec) {
        write(target, values, spec, CogWriteOptions.DEFAULT);
    }

    /** Writes a whole image held in memory, {@code width * height} values row-major. */
    public static void write(Path target, float[] values, RasterSpec spec, CogWriteOptions options) {
        checkLength(values.length, spec, target);
        try (CogWriter w = create(target, spec, options)) {
            w.writeRows(values, 0, spec.height());
        }
    }

    /** Writes a whole image held in memory, {@code width * height} values row-major. */
    public static void write(Path target, double[] values, RasterSpec spec, CogWriteOptions options) {
        checkLength(values.length, spec, target);
        try (CogWriter w = create(target, spec, options)) {
            w.writeRows(values, 0, spec.height());
        }
    }

    /** Writes an image whose rows a source computes, one block row at a time. */
    public static void write(Path target, RasterSpec spec, CogWriteOptions options, RowSource source) {
        int chunk = Math.min(options.blockSize(), spec.height());
        Samples rows = Samples.allocate(spec.dataType(), chunk * spec.width());
        try (CogWriter w = create(target, spec, options)) {
            for (int r = 0; r < spec.height(); r += chunk) {
                int n = Math.min(chunk, spec.height() - r);
                source.fill(r, n, rows);
                if (rows instanceof Samples.F32 f) {
                    w.writeRows(f.values(), 0, n);
                } else {
                    w.writeRows(((Samples.F64) rows).values(), 0, n);
                }
            }
        }
    }

    /** Appends {@code rowCount} rows, {@code width} values each, starting at {@code values[offset]}. */
    public void writeRows(float[] values, int offset, int rowCount) {
        checkRows(values.length, offset, rowCount);
        append(values, offset, rowCount);
    }

    /** Appends {@code rowCount} rows, {@code width} values each, starting at {@code values[offset]}. */
    public void writeRows(double[] values, int offset, int rowCount) {
        checkRows(values.length, offset, rowCount);
        append(values, offset, rowCount);
    }

    private void append(Object values, int offset, int rowCount) {
        try {
            levels.get(0).accept(values, offset, rowCount);
            rowsWritten += rowCount;
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    public int rowsWritten() {
        return rowsWritten;
    }

    public Path target() {
        return target;
    }

    /**
     * Finishes the file once every row was written: assembles it and renames it into place. If rows are
     * missing, nothing is written, the temporary files are removed and an {@link InvalidArgumentException}
     * says how many rows came.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (rowsWritten != spec.height()) {
            abort();
            throw new InvalidArgumentException(target + ": only " + rowsWritten + " of " + spec.height()
                    + " rows were written, so the file was not created; write every row before close()");
        }
        Path part = null;
        try {
            for (LevelEncoder l : levels) {
                l.finish();
            }
            part = createPart();
            new CogAssembler(spec, options, levels).writeTo(part);
            move(part, target);
            part = null;
        } catch (IOException e) {
            throw ioFailure(target, "write", e);
        } finally {
            abort();
            if (part != null) {
                deleteQuietly(part);
            }
        }
    }

    /**
     * The file the assembled COG is written to before its rename. Not {@link Files#createTempFile}, whose
     * owner-only permissions the renamed file would keep: this one gets the usual ones (umask).
     */
    private Path createPart() throws IOException {
        while (true) {
            String random = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + random + TEMP_SUFFIX));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer drew the same name; draw again
            }
        }
    }

    /** Abandons the file: removes the temporary files; the target is left as it was. */
    public void abort() {
        closed = true;
        for (LevelEncoder l : levels) {
            l.close();
        }
        encoders.close();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Temporary files of this writer are named {@code .<file name>.<...>.nunatak-tmp}, next to the file. */
    public static boolean isTemporaryFile(Path file, String targetName) {
        String n = file.getFileName().toString();
        return n.startsWith("." + targetName + ".") && n.endsWith(TEMP_SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void checkRows(int length, int offset, int rowCount) {
        if (closed) {
            throw new InvalidArgumentException(target + ": the writer is closed");
        }
        if (rowCount < 0 || offset < 0 || (long) offset + (long) rowCount * spec.width() > length) {
            throw new InvalidArgumentException(target + ": " + rowCount + " rows of " + spec.width()
                    + " values from index " + offset + " do not fit in an array of " + length);
        }
        if (rowsWritten + rowCount > spec.height()) {
            throw new InvalidArgumentException(target + ": " + rowCount + " more rows would make " + (rowsWritten + rowCount)
                    + ", but the image has only " + spec.height());
        }
    }

    private static void checkLength(int length, RasterSpec spec, Path target) {
        if (length != (long) spec.width() * spec.height()) {
            throw new InvalidArgumentException(target + ": " + length + " values given for an image of "
                    + spec.width() + " x " + spec.height() + " = " + (long) spec.width() * spec.height());
        }
    }

    static NunatakException ioFailure(Path file, String what, IOException e) {
        return new NunatakException(file + ": could not " + what + " the file (" + e + "); check that the directory "
                + "exists, is writable and has free space", e);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the name marks it as temporary
        }
    }
}
