/** nunatak's figures: maps and profiles of arrays as PNG or SVG, drawn as matplotlib draws them. */
module nunatak.plot {
    requires transitive nunatak.core;
    requires transitive java.desktop;
    requires java.xml;
    requires org.apache.xmlgraphics.batik.svggen;

    exports nunatak.plot;
}
