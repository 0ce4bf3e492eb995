package nunatak.viewer;

import io.javalin.http.Context;

/**
 * The layer a request names ({@code ?layer=}, the primary when absent): a data layer of the source, or
 * {@code hillshade}, the relief of the primary layer drawn in grey.
 *
 * @param data       the layer whose values are read
 * @param reliefOnly whether only the relief is drawn
 */
record LayerChoice(String name, RasterLayer data, boolean reliefOnly) {
    static final String HILLSHADE = "hillshade";

    static LayerChoice of(ViewSource source, Context ctx) {
        String name = ctx.queryParam("layer");
        String primary = source.layerNames().get(0);
        if (name == null || name.isEmpty()) {
            name = primary;
        }
        if (name.equals(HILLSHADE) && !source.layerNames().contains(HILLSHADE)) {
            return new LayerChoice(name, source.layer(primary), true);
        }
        if (!source.layerNames().contains(name)) {
            throw new HttpProblem(400, "unknown layer '" + Params.abbreviate(name) + "'; this source has "
                    + source.layerNames() + " and " + HILLSHADE);
        }
        return new LayerChoice(name, source.layer(name), false);
    }
}
