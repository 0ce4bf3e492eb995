package nunatak.examples;

import java.nio.file.Path;
import java.util.List;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.MosaicSpec;
import nunatak.tiff.GeoTiff;

/**
 * The prelude of every example: the variables the documentation uses without declaring them, bound to small local
 * data. Examples are classes extending this one, so an example that declares a variable of the same name simply
 * shadows it. Names are those a reader would write, hence lower case. The files named here are
 * {@link ExampleWorkspace}'s, relative to the working directory the examples run in.
 *
 * <pre>{@code
 * DataArray map = ExampleVariables.dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute();
 * }</pre>
 */
@SuppressWarnings("checkstyle:ConstantName")
public class ExampleVariables {
    /** The notebook's tile template, here testdata/rema-mini (400 m, rows 40..37, cols 20..23, 38_21 missing). */
    public static final String template = ExampleWorkspace.TEMPLATE;
    public static final List<Integer> rows = IndexRange.parse("40:37").indices();
    public static final List<Integer> cols = IndexRange.parse("20:23").indices();
    /** The notebook's mosaic, opened. */
    public static final MosaicLayout layout = Mosaic.open(MosaicSpec.of(template).withRows(rows).withCols(cols));
    /** The notebook's lazy array: 1000 x 1000 px of 400 m. */
    public static final DataArray dem = DataArray.open(layout, 0);
    public static final Engine engine = Engine.local();
    /** The REMA v2 sample's static STAC collection (32 m, cells 40:39 x 20:21, six layers). */
    public static final MosaicSource source = new CatalogSources.Stac(
            ExampleWorkspace.remaV2(Path.of("")).collection().toString());
    /** REMA v2's layers of that source, aligned: dem, count, mad, mindate, maxdate, datamask. */
    public static final Dataset v2 = Dataset.open(source, OpenOptions.DEFAULT);
    /** Two zones over the notebook's mosaic, named by their NAME property, with 100 m hypsometry bins. */
    public static final Zones basins = Zones.of(GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326), "NAME",
            100.0);
    /** A 283 km line across the notebook's mosaic, in EPSG:3031 metres. */
    public static final Polyline line = Polyline.parse("-1000000,700000;-800000,900000", Crs.EPSG_3031);
    /** One GeoTIFF: testdata/cog/lzw.tif, copied to dem.tif. */
    public static final GeoTiff tif = GeoTiff.open("dem.tif");

    protected ExampleVariables() {
    }
}
