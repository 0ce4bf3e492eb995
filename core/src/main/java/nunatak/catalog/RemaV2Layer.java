package nunatak.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nunatak.InvalidArgumentException;
import nunatak.tiff.DataType;

/**
 * The layers of a REMA v2 mosaic tile: sibling files {@code {tile}_{suffix}.tif} on the same grid (except the 2 m
 * hillshade, which PGC writes at 10 m), with the data types and nodata values PGC documents in its STAC items
 * (pgcdemtools {@code sql/create_view_stac_mosaic_item.sql}). The STAC asset key differs from the file suffix
 * only for the hillshade ({@code hillshade}, file {@code _browse.tif}).
 *
 * <pre>{@code
 * RemaV2Layer.parse("count").dataType();   // uint8, nodata 0
 * }</pre>
 */
public enum RemaV2Layer {
    DEM("dem", "dem", DataType.FLOAT32, -9999, "DEM", List.of("data"), "meter"),
    MAD("mad", "mad", DataType.FLOAT32, -9999, "Median Absolute Deviation", List.of("metadata", "mad"), "meter"),
    COUNT("count", "count", DataType.UINT8, 0, "Count", List.of("metadata", "count"), null),
    MINDATE("mindate", "mindate", DataType.INT16, 0, "Min date", List.of("metadata", "date"), null),
    MAXDATE("maxdate", "maxdate", DataType.INT16, 0, "Max date", List.of("metadata", "date"), null),
    DATAMASK("datamask", "datamask", DataType.UINT8, 0, "Valid data mask", List.of("metadata", "data-mask"), null),
    BROWSE("browse", "hillshade", DataType.UINT8, 0, "Hillshade", List.of("overview", "visual"), null);

    private final String suffix;
    private final String stacKey;
    private final DataType dataType;
    private final double nodata;
    private final String title;
    private final List<String> roles;
    private final String unit;

    RemaV2Layer(String suffix, String stacKey, DataType dataType, double nodata, String title, List<String> roles,
                String unit) {
        this.suffix = suffix;
        this.stacKey = stacKey;
        this.dataType = dataType;
        this.nodata = nodata;
        this.title = title;
        this.roles = roles;
        this.unit = unit;
    }

    /** The file name's last part: {@code 06_37_10m_v2.0_<suffix>.tif}. */
    public String suffix() {
        return suffix;
    }

    /** The asset's key in PGC's STAC items. */
    public String stacKey() {
        return stacKey;
    }

    public DataType dataType() {
        return dataType;
    }

    public double nodata() {
        return nodata;
    }

    public String title() {
        return title;
    }

    public List<String> roles() {
        return roles;
    }

    /** "meter" for heights, null where a unit means nothing. */
    public String unit() {
        return unit;
    }

    /** The layer of a file suffix ("dem", "browse") or STAC asset key ("hillshade"), case-insensitive. */
    public static RemaV2Layer parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (RemaV2Layer l : values()) {
            if (l.suffix.equals(n) || l.stacKey.equals(n)) {
                return l;
            }
        }
        throw new InvalidArgumentException("'" + name + "' is not a REMA v2 layer; use one of "
                + Arrays.stream(values()).map(RemaV2Layer::suffix).collect(Collectors.joining(", ")));
    }
}
