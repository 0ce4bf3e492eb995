package nunatak.geom;

/**
 * Consecutive rows of a point file from row {@code firstRow} (0-based, header not counted): each row's original
 * text (a CSV record, or a GeoJSON feature as compact JSON) and its position in EPSG:3031 metres.
 *
 * <pre>{@code
 * try (PointReader points = PointReader.open(Path.of("points.csv"), null, null, 100_000)) {
 *     for (PointBatch b = points.next(); b != null; b = points.next()) {
 *         double[] values = dem.at(b.x(), b.y(), SamplingMethod.BILINEAR).toDoubleArray();
 *     }
 * }
 * }</pre>
 */
public record PointBatch(long firstRow, String[] raw, double[] x, double[] y) {

    public int size() {
        return raw.length;
    }
}
