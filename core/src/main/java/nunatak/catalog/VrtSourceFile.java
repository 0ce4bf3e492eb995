package nunatak.catalog;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import nunatak.UnsupportedFormatException;
import nunatak.source.Locations;

/**
 * Where a VRT's {@code SourceFilename} points, as a URI nunatak reads: GDAL's {@code /vsis3/bucket/key} →
 * {@code s3://bucket/key}, {@code /vsigs/} → {@code gs://}, {@code /vsicurl/URL} → URL; http(s), s3 and gs URIs as
 * they are; paths relative to the VRT ({@code relativeToVRT="1"}) resolved against the VRT's own URI, so a VRT read
 * over HTTP finds its tiles beside it; other paths as local files. Archives and other virtual file systems
 * ({@code /vsizip/}, {@code /vsiaz/}, ...) are refused.
 */
final class VrtSourceFile {
    /** Compiled once: a continent's VRT names thousands of sources, each read here. */
    private static final Pattern URI_SCHEME = Pattern.compile("^(https?|s3|gs|file):.*");

    private VrtSourceFile() {
    }

    static URI uri(XmlElement sourceFilename, URI vrt, String where) {
        String name = sourceFilename.text();
        String at = where + ": " + sourceFilename.where() + " '" + name + "'";
        if (name.isEmpty()) {
            throw new nunatak.BadContentException(at + " is empty");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".vrt")) {
            throw new UnsupportedFormatException(at + " is itself a VRT; nunatak reads GeoTIFF sources: build the "
                    + "VRT from the tiles (gdalbuildvrt over the .tif files)");
        }
        if (lower.startsWith("/vsis3/")) {
            return uri("s3://" + name.substring(7), at);
        }
        if (lower.startsWith("/vsigs/")) {
            return uri("gs://" + name.substring(7), at);
        }
        if (lower.startsWith("/vsicurl/")) {
            return uri(name.substring(9), at);
        }
        if (lower.startsWith("/vsi")) {
            throw new UnsupportedFormatException(at + ": GDAL's virtual file system "
                    + name.substring(0, Math.max(5, name.indexOf('/', 1) + 1)) + " is not supported; use plain files, "
                    + "http(s) URLs, /vsicurl/, /vsis3/ or /vsigs/");
        }
        if (URI_SCHEME.matcher(lower).matches()) {
            return uri(name, at);
        }
        if ("1".equals(sourceFilename.attribute("relativeToVRT"))) {
            return CatalogFiles.resolve(vrt, name, at);
        }
        return Locations.toUri(name);
    }

    private static URI uri(String text, String at) {
        try {
            return URI.create(text.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new nunatak.BadContentException(at + " is not a valid URI (" + e.getMessage() + ")", e);
        }
    }
}
