package nunatak.viewer;

/**
 * Statistics of a layer's full-resolution pixels inside a polygon, a pixel counting when its centre is inside
 * (as rasterio's {@code geometry_mask(all_touched=False)}): the contract of {@code nunatak zonal}. The viewer uses
 * {@link ProvisionalZonalStatistics} until that command's kernel lands in core.
 *
 * <pre>{@code
 * ZonalSummary s = zonal.summarize(source.layer("dem"), polygon, Progress.NONE);
 * s.count(); s.mean(); s.std();
 * }</pre>
 */
public interface ZonalStatistics {

    ZonalSummary summarize(RasterLayer layer, PolygonArea area, Progress progress);
}
