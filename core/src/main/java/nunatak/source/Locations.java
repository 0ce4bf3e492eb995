package nunatak.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nunatak.InvalidArgumentException;

/**
 * Turns what users type (a path, {@code file:}, {@code http(s)://}, {@code s3://}, {@code gs://}) into a URI.
 *
 * <pre>{@code
 * URI local = Locations.toUri("dem.tif");                           // file:///.../dem.tif
 * URI bucket = Locations.toUri("s3://pgc-opendata-dems/rema/mosaics/v2.0/32m.json");
 * String name = Locations.fileName(bucket);                         // "32m.json"
 * }</pre>
 */
public final class Locations {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    /** A Windows drive ({@code C:\dem.tif}), not a scheme; compiled once, as tasks resolve their tiles' locations. */
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private Locations() {
    }

    public static URI toUri(String location) {
        if (location == null || location.isBlank()) {
            throw new InvalidArgumentException("empty location: give a path or a URI such as s3://bucket/key.tif");
        }
        if (HAS_SCHEME.matcher(location).matches() && !WINDOWS_DRIVE.matcher(location).matches()) {
            try {
                URI uri = new URI(location.replace(" ", "%20"));
                return uri.getScheme().equalsIgnoreCase("file") ? Path.of(uri).toUri() : uri;
            } catch (Exception e) {
                throw new InvalidArgumentException(location + ": not a valid URI (" + e.getMessage() + ")", e);
            }
        }
        return Path.of(location).toAbsolutePath().normalize().toUri();
    }

    /** The last path segment, for messages and file names. */
    public static String fileName(URI uri) {
        String p = uri.getPath();
        if (p == null) {
            return uri.toString();
        }
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }
}
