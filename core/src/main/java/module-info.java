/**
 * nunatak's core: the API a program uses (arrays, mosaics, catalogs, GeoTIFFs, geometry, engines, errors) and,
 * unexported, how arrays are planned into tasks ({@code nunatak.plan}) and blocks read ({@code nunatak.blocks}).
 * javac checks these rules when it compiles the module; the tests, the {@code nunatak} launcher and spark-submit run
 * on the class path (see docs/architecture.md, "Modules").
 */
module nunatak.core {
    requires java.desktop;
    requires java.net.http; // the STAC API client
    requires java.xml;
    requires static jdk.unsupported; // sun.misc.Unsafe for the LZW decoder's words, where present (UnsafeWords)
    requires transitive jdk.httpserver;
    requires com.fasterxml.jackson.databind;
    requires com.github.luben.zstd_jni;
    requires com.google.auth;
    requires com.google.auth.oauth2;
    requires com.twelvemonkeys.imageio.core;
    requires com.twelvemonkeys.imageio.jpeg;
    requires com.twelvemonkeys.imageio.webp;
    requires transitive org.locationtech.jts;
    requires proj4j;
    requires org.slf4j;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.apache;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.utils;

    exports nunatak;
    exports nunatak.analysis;
    exports nunatak.array;
    exports nunatak.catalog;
    exports nunatak.engine;
    exports nunatak.geom;
    exports nunatak.mosaic;
    exports nunatak.sample;
    exports nunatak.serve;
    exports nunatak.source;
    exports nunatak.tiff;

    uses nunatak.array.ArrayEvaluator;
    uses nunatak.engine.EngineProvider;
    provides nunatak.array.ArrayEvaluator with nunatak.plan.PlannedEvaluator;
}
