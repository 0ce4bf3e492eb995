package nunatak.tiff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.source.Locations;
import nunatak.source.SourceOptions;

/**
 * Per-JVM cache of opened COG headers, so that the many tasks reading one tile (on a thread pool or a Spark
 * executor) parse its header once. Local files are re-opened when their size or modification time changed;
 * remote objects are assumed immutable for the life of the JVM, as cloud COG archives are.
 */
public final class GeoTiffCache {
    private static final int MAX_ENTRIES = 4096;

    private record Key(String uri, SourceOptions options) {
    }

    private record Entry(GeoTiff tiff, long size, long modified) {
    }

    private static final Map<Key, Entry> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private GeoTiffCache() {
    }

    public static GeoTiff open(String location, SourceOptions options) {
        String uri = Locations.toUri(location).toString();
        Key key = new Key(uri, options);
        long[] stamp = fileStamp(uri);
        synchronized (CACHE) {
            Entry e = CACHE.get(key);
            if (e != null && (stamp == null || (e.size() == stamp[0] && e.modified() == stamp[1]))) {
                return e.tiff();
            }
        }
        GeoTiff tiff = GeoTiff.open(uri, options);
        synchronized (CACHE) {
            CACHE.put(key, new Entry(tiff, stamp == null ? -1 : stamp[0], stamp == null ? -1 : stamp[1]));
        }
        return tiff;
    }

    public static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    private static long[] fileStamp(String uri) {
        if (!uri.startsWith("file:")) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(java.net.URI.create(uri)), BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            return new long[] {-1, -1}; // let open() report the real problem
        }
    }
}
