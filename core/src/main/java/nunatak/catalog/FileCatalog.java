package nunatak.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.source.Locations;

/**
 * A list of files as a tile catalog, without footprints: the mosaic reads each tile's header to place it. Local
 * globs are expanded ({@code tiles/*.tif}, {@code rema/**}{@code /*_dem.tif}, Java's glob syntax) and their matches
 * sorted, so a run is repeatable; the entries keep the order given (where tiles overlap, later ones win). A file
 * listed twice counts once. Each tile's one asset is named {@value VrtCatalog#ASSET}, its id is the file's name
 * without extension.
 *
 * <pre>{@code
 * TileCatalog c = FileCatalog.of(List.of("/data/rema/32m/**}{@code /*_dem.tif", "s3://bucket/extra/40_20_dem.tif"));
 * }</pre>
 */
public final class FileCatalog {
    private FileCatalog() {
    }

    public static TileCatalog of(List<String> urisOrGlobs) {
        if (urisOrGlobs == null || urisOrGlobs.isEmpty()) {
            throw new InvalidArgumentException("give at least one file, URI or glob (e.g. tiles/*.tif)");
        }
        Map<URI, CatalogTile> tiles = new LinkedHashMap<>();
        for (String entry : urisOrGlobs) {
            List<URI> uris = isGlob(entry) ? expand(entry) : List.of(single(entry));
            for (URI u : uris) {
                String id = Locations.fileName(u).replaceFirst("\\.[^.]*$", "");
                tiles.putIfAbsent(u, CatalogTile.of(id, Map.of(VrtCatalog.ASSET, u.toString()), null));
            }
        }
        return new TileCatalog("files " + urisOrGlobs, new ArrayList<>(tiles.values()), null, null, null);
    }

    private static boolean isGlob(String entry) {
        return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0 || entry.indexOf('[') >= 0 || entry.indexOf('{') >= 0;
    }

    private static URI single(String entry) {
        URI u = Locations.toUri(entry);
        if ("file".equals(u.getScheme()) && Files.isDirectory(Path.of(u))) {
            throw new InvalidArgumentException(entry + " is a directory; list its tiles with a glob such as "
                    + entry.replaceAll("/*$", "") + "/**/*.tif");
        }
        return u;
    }

    /** The local files a glob matches, sorted; none is an error. */
    private static List<URI> expand(String glob) {
        boolean file = glob.regionMatches(true, 0, "file:", 0, 5);
        if (!file && glob.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new InvalidArgumentException(glob + ": globs are expanded for local files only; list remote "
                    + "objects one by one (or use a STAC catalog or a VRT)");
        }
        String path = file ? glob.substring(5).replaceFirst("^//(?=/)", "") : glob;
        String pattern = Path.of("").toAbsolutePath().resolve(path).normalize().toString();
        Path base = Path.of(pattern.substring(0, pattern.lastIndexOf('/', firstGlobChar(pattern)) + 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> found;
        try (Stream<Path> walk = Files.isDirectory(base) ? Files.walk(base) : Stream.empty()) {
            found = walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new NunatakException(glob + ": cannot list " + base + " (" + e.getMessage() + ")", e);
        }
        if (found.isEmpty()) {
            throw new NotFoundException(glob + ": no file matches (searched under " + base + ")");
        }
        return found.stream().map(Path::toUri).toList();
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
