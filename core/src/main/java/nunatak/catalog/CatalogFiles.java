package nunatak.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import nunatak.BadContentException;
import nunatak.source.ByteRange;
import nunatak.source.RangeReader;
import nunatak.source.SourceOptions;

/**
 * Reads whole catalog files (STAC JSON, VRT XML) through {@link RangeReader}, so every scheme gets its retries,
 * and resolves the relative links inside them. A file is read with one request when it is under 1 MiB (a STAC
 * item is a few kilobytes, the collection of 1523 tiles about 250 KB) and with a second one for the rest.
 */
final class CatalogFiles {
    static final int FIRST_READ = 1 << 20;
    static final long MAX_BYTES = 512L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFiles() {
    }

    static byte[] read(URI uri, SourceOptions options) {
        RangeReader reader = RangeReader.open(uri.toString(), options);
        byte[] first = reader.readUpTo(0, FIRST_READ);
        if (first.length < FIRST_READ) {
            return first;
        }
        long total = reader.length();
        if (total > MAX_BYTES) {
            throw new BadContentException(uri + ": " + total + " bytes is too large for a catalog file (at most "
                    + MAX_BYTES + "); split the catalog into child catalogs");
        }
        if (total == first.length) {
            return first;
        }
        byte[] rest = reader.read(new ByteRange(first.length, total - first.length));
        byte[] all = Arrays.copyOf(first, (int) total);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    static JsonNode json(URI uri, SourceOptions options) {
        return parseJson(read(uri, options), uri.toString());
    }

    static JsonNode parseJson(byte[] bytes, String where) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadContentException(where + ": not a JSON object (empty, or an array or value at the top)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadContentException(where + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new BadContentException(where + ": cannot be parsed as JSON: " + e.getMessage(), e);
        }
    }

    /** {@code href} as an absolute URI: as is when absolute, else relative to the file that holds it. */
    static URI resolve(URI base, String href, String where) {
        try {
            URI h = new URI(href.trim().replace(" ", "%20"));
            URI abs = h.isAbsolute() ? h : base.resolve(h);
            // One spelling for local files (file:///x), whatever the link's: file:/x and file:///x are one file.
            return "file".equalsIgnoreCase(abs.getScheme()) ? Path.of(abs).toUri() : abs;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BadContentException(where + ": link '" + href + "' is not a valid URI or relative path ("
                    + e.getMessage() + ")", e);
        }
    }
}
