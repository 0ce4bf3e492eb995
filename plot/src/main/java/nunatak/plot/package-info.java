/**
 * Figures of REMA-style elevation data: maps (north-up images in EPSG:3031 km with a colour bar) and profiles
 * (values along a line, broken at no-data gaps), as PNG or SVG. Independent of the lazy-array engine: callers
 * pass plain arrays in {@link nunatak.plot.MapData} / {@link nunatak.plot.ProfileData}, or read saved results
 * with {@link nunatak.plot.ArrayFigures}, which also turns labeled arrays into figure inputs.
 *
 * <pre>{@code
 * DataArray map = dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute();
 * Plots.saveMap(ArrayFigures.map(map).withTitle("REMA").withVariable("elevation", "m"),
 *         PlotOptions.defaults().withColormap("terrain").withHillshade(Hillshade.standard()),
 *         Path.of("map.png"));
 * }</pre>
 */
package nunatak.plot;
