package nunatak.viewer;

import io.javalin.http.Context;

/**
 * The layer a request names ({@code ?layer=}, the main one when absent): a data layer of the source, or
 * {@code hillshade}, gdaldem's relief of the main layer with {@code ?exaggeration=} as its z factor.
 */
record LayerChoice(String name, RasterLayer layer) {

    static LayerChoice of(ViewSource source, Context ctx) {
        String name = ctx.queryParam("layer");
        if (name == null || name.isEmpty()) {
            name = source.layerNames().get(0);
        }
        if (name.equals(ViewSource.HILLSHADE)) {
            return new LayerChoice(name, source.relief(exaggeration(ctx)));
        }
        if (!source.layerNames().contains(name)) {
            throw new HttpProblem(400, "unknown layer '" + Params.abbreviate(name) + "'; this source has "
                    + source.layerNames() + " and " + ViewSource.HILLSHADE);
        }
        return new LayerChoice(name, source.layer(name));
    }

    /** {@code ?exaggeration=}: heights multiplied by it for the relief (1 = true slopes). */
    static double exaggeration(Context ctx) {
        double e = Params.number(ctx, "exaggeration");
        if (Double.isNaN(e)) {
            return 1;
        }
        if (!(e > 0 && e <= 1000)) {
            throw new HttpProblem(400, "relief exaggeration " + e + " must lie in (0, 1000]");
        }
        return e;
    }
}
