package nunatak.viewer;

import java.util.List;
import nunatak.array.DataArray;

/**
 * One layer the viewer can show and analyse: its pixel grids (full resolution first, then coarser overviews), a way
 * to read a window of any of them for tiles, and the lazy array of each level for core's analyses.
 *
 * <pre>{@code
 * RasterLayer dem = source.layer("dem");
 * LevelGrid full = dem.levels().get(0);
 * double[] v = dem.read(0, new PixelWindow(100, 200, 2, 3));   // 2 rows of 3 values, NaN where no data
 * DataArray profile = dem.array(0).interp(line, 32, SamplingMethod.BILINEAR);
 * }</pre>
 */
public interface RasterLayer {

    /** The name requests use, e.g. "dem", "mad", "count", "hillshade". */
    String name();

    /** Units of the values for the colour bar, e.g. "m"; empty when they have none. */
    String units();

    /** What the values are, for labels, e.g. "height above the WGS84 ellipsoid". */
    String longName();

    /** Level 0 (full resolution) first, then each coarser overview. */
    List<LevelGrid> levels();

    /**
     * The values of a window of one level, row by row, NaN where there is no data. Reading failures are
     * {@link nunatak.NunatakException}s naming what failed.
     */
    double[] read(int level, PixelWindow window);

    /** The lazy array of one level, NaN where there is no data: what points, profiles and zonal statistics read. */
    DataArray array(int level);
}
