package nunatak.examples;

import nunatak.array.OpenOptions;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.TemplateSource;
import nunatak.source.SourceOptions;
import nunatak.viewer.LayerMask;
import nunatak.viewer.LevelGrid;
import nunatak.viewer.RasterLayer;
import nunatak.viewer.SourceLayers;
import nunatak.viewer.ViewSource;

/**
 * The prelude of the viewer's javadoc examples, where {@code source} and {@code dem} are the viewer's types (a
 * {@link ViewSource}, a {@link RasterLayer}) over the same notebook mosaic as {@link ExampleVariables}' (whose names
 * these hide); {@code line} stays the core's {@link nunatak.geom.Polyline} the viewer's analyses take.
 *
 * <pre>{@code
 * double[] v = ViewerExampleVariables.dem.read(0, new PixelWindow(0, 0, 2, 2));
 * }</pre>
 */
@SuppressWarnings({"checkstyle:ConstantName", "hiding"})
public class ViewerExampleVariables extends ExampleVariables {
    /** The notebook's mosaic as a source of the command line ({@code --template ... --rows 40:37 --cols 20:23}). */
    public static final MosaicSource mosaic = TemplateSource.of(template, "40:37", "20:23");
    /** What the command line passes on to every source: retries, timeouts, credentials. */
    public static final SourceOptions options = SourceOptions.DEFAULT;
    /** What {@code nunatak view --template ...} serves: the layer {@code dem} and its relief. */
    public static final ViewSource source = ViewSource.open(mosaic.describe(),
            SourceLayers.of(mosaic, "dem", null, options), OpenOptions.DEFAULT, LayerMask.NONE, Engine.local());
    public static final RasterLayer dem = source.layer("dem");
    /** The full-resolution grid of {@link #dem}. */
    public static final LevelGrid grid = dem.levels().get(0);

    protected ViewerExampleVariables() {
    }
}
