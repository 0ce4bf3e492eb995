package nunatak.geom;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;

/** {@link PointReader} for CSV with a header row; see there. */
final class CsvPointReader extends PointReader {
    private final CsvRecords records;
    private final String header;
    private final PointColumns columns;
    private final int xIndex;
    private final int yIndex;

    CsvPointReader(InputStream in, String source, PointColumns columns, Crs crs, int batchSize) {
        super(source, batchSize);
        this.records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        CsvRecords.CsvRecord h = records.next();
        if (h == null) {
            throw new BadContentException(source + " is empty; a point CSV needs a header row naming its columns");
        }
        this.header = h.raw();
        PointColumns c = columns == null ? PointColumns.detect(h.fields(), crs) : columns;
        this.columns = crs == null ? c : new PointColumns(c.xColumn(), c.yColumn(), crs);
        int[] idx = this.columns.indices(h.fields(), source);
        this.xIndex = idx[0];
        this.yIndex = idx[1];
    }

    @Override
    public Format format() {
        return Format.CSV;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public Crs crs() {
        return columns.crs();
    }

    @Override
    PointBatch read(long firstRow) {
        List<String> raw = new ArrayList<>(Math.min(batchSize, 1 << 16));
        double[] xs = new double[batchSize];
        double[] ys = new double[batchSize];
        for (CsvRecords.CsvRecord r = null; raw.size() < batchSize && (r = records.next()) != null; ) {
            xs[raw.size()] = number(r, xIndex, columns.xColumn());
            ys[raw.size()] = number(r, yIndex, columns.yColumn());
            if (crs().isLonLat()) {
                checkLonLat(xs[raw.size()], ys[raw.size()], r);
            }
            raw.add(r.raw());
        }
        if (raw.isEmpty()) {
            return null;
        }
        int n = raw.size();
        double[] x = n == batchSize ? xs : java.util.Arrays.copyOf(xs, n);
        double[] y = n == batchSize ? ys : java.util.Arrays.copyOf(ys, n);
        if (crs().isLonLat()) {
            Epsg3031.toPolarInPlace(x, y);
        } else if (firstRow == 0) {
            PointChecks.checkNotLonLat(x, y, source, "--lon-col/--lat-col (or CRS EPSG:4326)");
        }
        return new PointBatch(firstRow, raw.toArray(String[]::new), x, y);
    }

    private double number(CsvRecords.CsvRecord r, int index, String column) {
        if (index >= r.fields().size()) {
            throw new BadContentException(source + " line " + r.line() + " has " + r.fields().size() + " fields and "
                    + "no column \"" + column + "\"; every row needs all the header's columns");
        }
        String text = r.fields().get(index).trim();
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadContentException(source + " line " + r.line() + ": column \"" + column + "\" is \"" + text
                + "\", not a finite number; every row needs numeric coordinates");
    }

    private void checkLonLat(double lon, double lat, CsvRecords.CsvRecord r) {
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new InvalidArgumentException(source + " line " + r.line() + ": (" + lon + ", " + lat + ") is not "
                    + "lon/lat (longitude in [-180, 180], latitude in [-90, 90]); for EPSG:3031 metres use "
                    + "--x-col/--y-col");
        }
    }

    @Override
    public void close() {
        records.close();
    }
}
