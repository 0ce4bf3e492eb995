/** nunatak's local web map ({@code nunatak view}): tiles, profiles, points and zones over the layers of sources. */
module nunatak.viewer {
    requires transitive nunatak.core;
    requires nunatak.plot;
    requires com.fasterxml.jackson.databind;
    requires io.javalin;
    requires org.eclipse.jetty.util;
    requires org.slf4j;

    exports nunatak.viewer;
}
