package nunatak.geom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;

/**
 * Streams a point file (CSV with a header, or GeoJSON Point features) in batches of at most {@code batchSize}
 * rows, so memory stays bounded whatever the number of points: each batch keeps its rows' original text (for
 * {@link PointValueWriter} to repeat) and their EPSG:3031 positions, projected from lon/lat when needed.
 *
 * <pre>{@code
 * try (PointReader in = PointReader.open(Path.of("gps.csv"), PointColumns.lonLat("lon", "lat"), null, 100_000);
 *      PointValueWriter out = PointValueWriter.create(Path.of("out.csv"), in)) {
 *     for (PointBatch b = in.next(); b != null; b = in.next()) {
 *         out.write(b, dem.at(b.x(), b.y(), SamplingMethod.BILINEAR).toDoubleArray());
 *     }
 * }
 * }</pre>
 */
public abstract class PointReader implements AutoCloseable {
    /** The two file kinds; GeoJSON by extension (.geojson, .json), CSV otherwise. */
    public enum Format { CSV, GEOJSON }

    final String source;
    final int batchSize;
    private long rowsRead;

    PointReader(String source, int batchSize) {
        if (batchSize < 1) {
            throw new InvalidArgumentException("batch size " + batchSize + " must be at least 1");
        }
        this.source = source;
        this.batchSize = batchSize;
    }

    /**
     * Opens a point file. For CSV, {@code columns} names the coordinate columns (null: found by name, see
     * {@link PointColumns#detect}); for GeoJSON it is ignored. {@code crs} is the coordinates' CRS (null: from the
     * columns for CSV, EPSG:3031 for GeoJSON).
     */
    public static PointReader open(Path file, PointColumns columns, Crs crs, int batchSize) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NotFoundException(file + ": no such file", e);
        } catch (IOException e) {
            throw new SourceIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return formatOf(file) == Format.GEOJSON
                    ? new GeoJsonPointReader(in, file.toString(), crs == null ? Crs.EPSG_3031 : crs, batchSize)
                    : new CsvPointReader(in, file.toString(), columns, crs, batchSize);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json") ? Format.GEOJSON : Format.CSV;
    }

    public abstract Format format();

    /** The CSV header record's text (null for GeoJSON). */
    public abstract String header();

    /** The CRS the file's coordinates are in. */
    public abstract Crs crs();

    /** The next batch of rows, or null after the last. */
    public PointBatch next() {
        PointBatch b = read(rowsRead);
        if (b != null) {
            rowsRead += b.size();
        }
        return b;
    }

    /** Reads up to {@code batchSize} rows starting at row {@code firstRow}; null at the end. */
    abstract PointBatch read(long firstRow);

    public String source() {
        return source;
    }

    @Override
    public abstract void close();
}
