package nunatak.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.mosaic.RemaGrid;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;
import nunatak.tiff.CogWriteOptions;
import nunatak.tiff.CogWriter;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.MetadataItem;
import nunatak.tiff.RasterSpec;
import nunatak.tiff.Samples;

/**
 * Generates a block of synthetic {@link Terrain} tiles laid out like REMA: REMA's tile grid and names,
 * float32, nodata -9999, EPSG:3031, LZW, 512 blocks (smaller for small tiles), nearest overviews. Tiles are
 * generated in parallel; tiles that already exist are kept unless {@code force} is set (a tile appears under
 * its name only once complete, so an existing tile is a whole one).
 *
 * <pre>{@code
 * SampleResult r = SampleMosaic.generate(SampleOptions.defaults(Path.of("sample")).withRes(400)
 *         .withMissing(Set.of(new TileIndex(38, 21))), SampleProgress.NONE);
 * r.pattern();   // ".../sample/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif", rows 40:37, cols 20:23
 * }</pre>
 */
public final class SampleMosaic {
    /** GDAL metadata items that identify a sample tile, so a rerun can tell whether a tile is its own. */
    static final String SEED_ITEM = "NUNATAK_SAMPLE_SEED";
    static final String TERRAIN_ITEM = "NUNATAK_SAMPLE_TERRAIN";
    /** Bump when {@link Terrain} changes, so old tiles are not silently mixed with new ones. */
    static final String TERRAIN_VERSION = "1";
    static final String CITATION = "WGS 84 / Antarctic Polar Stereographic";
    private static final Duration STALE = Duration.ofMinutes(1);
    private static final Pattern RES_FIELD = Pattern.compile("\\{res(:[^}]*)?}");

    private SampleMosaic() {
    }

    public static SampleResult generate(SampleOptions o, SampleProgress progress) {
        Instant start = Instant.now();
        String template = resolveRes(o.template(), o.res());
        UriTemplate names = UriTemplate.parse(template);
        int n = RemaGrid.pixelsPerTile(o.res());
        Map<TileIndex, Path> todo = new LinkedHashMap<>();
        List<TileIndex> reused = new ArrayList<>();
        List<TileIndex> missing = new ArrayList<>();
        for (int i : o.rows().indices()) {
            for (int j : o.cols().indices()) {
                TileIndex t = new TileIndex(i, j);
                Path file = o.root().resolve(names.expand(i, j));
                if (o.missing().contains(t)) {
                    missing.add(t);
                } else if (!o.force() && Files.exists(file)) {
                    checkReusable(file, o.seed(), n);
                    reused.add(t);
                } else {
                    todo.put(t, file);
                }
            }
        }
        progress.started(todo.size() + reused.size(), (long) (todo.size() + reused.size()) * n);
        for (TileIndex t : reused) {
            progress.advanced(n);
            progress.tileDone(t, o.root().resolve(names.expand(t.i(), t.j())), true);
        }
        runAll(todo, o, n, progress);
        return new SampleResult(o.root(), template, o.rows(), o.cols(), o.res(), n, List.copyOf(todo.keySet()),
                reused, missing, Duration.between(start, Instant.now()));
    }

    private static void runAll(Map<TileIndex, Path> todo, SampleOptions o, int n, SampleProgress progress) {
        if (todo.isEmpty()) {
            return;
        }
        int writerThreads = Math.max(1, o.threads() / todo.size());
        Terrain terrain = new Terrain(o.seed());
        List<Runnable> tasks = new ArrayList<>();
        for (Map.Entry<TileIndex, Path> e : todo.entrySet()) {
            tasks.add(() -> {
                writeTile(e.getKey(), e.getValue(), terrain, o, n, writerThreads, progress);
                progress.tileDone(e.getKey(), e.getValue(), false);
            });
        }
        SampleTasks.runAll(tasks, o.threads(), o.root());
    }

    private static void writeTile(TileIndex t, Path file, Terrain terrain, SampleOptions o, int n, int writerThreads,
                                  SampleProgress progress) {
        removeStaleTemporaryFiles(file);
        double left = RemaGrid.minX(t.j());
        double top = RemaGrid.maxY(t.i());
        GeoReference geo = new GeoReference(new double[] {left, o.res(), 0, top, 0, -o.res()}, RemaGrid.EPSG,
                GeoReference.RasterType.AREA, CITATION);
        RasterSpec spec = RasterSpec.of(n, n, DataType.FLOAT32).withGeo(geo).withNodata(Terrain.NODATA)
                .withMetadata(List.of(item("OVR_RESAMPLING_ALG", "NEAREST"), item(SEED_ITEM, Long.toString(o.seed())),
                        item(TERRAIN_ITEM, TERRAIN_VERSION)));
        CogWriteOptions w = CogWriteOptions.DEFAULT.withBlockSize(blockSize(n)).withThreads(writerThreads);
        TerrainRows rows = new TerrainRows(terrain, left, top, o.res(), n);
        CogWriter.write(file, spec, w, (first, count, samples) -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new NunatakException("interrupted while generating " + file);
            }
            float[] v = ((Samples.F32) samples).values();
            for (int r = 0; r < count; r++) {
                rows.render(first + r, v, r * n);
            }
            progress.advanced(count);
        });
    }

    /** REMA's 512 blocks, or the largest power of two that fits a small tile (128 for 250 pixels). */
    static int blockSize(int tilePixels) {
        return Math.max(16, Math.min(512, Integer.highestOneBit(tilePixels)));
    }

    /** Fills in {@code {res}} (with its format spec, if any), leaving the tile placeholders. */
    static String resolveRes(String template, int res) {
        Matcher m = RES_FIELD.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = UriTemplate.parse(m.group()).expand(Map.of("res", res));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An existing tile is kept only if it is this sample's: same seed, terrain version and width. */
    static void checkReusable(Path file, long seed, int n) {
        String fix = "; pass --force to regenerate it, or choose another --root";
        GeoTiff tif;
        try {
            // Uncached: the shared byte cache is keyed by URI, and this file may have been rewritten since.
            tif = GeoTiff.open(file.toString(), SourceOptions.DEFAULT.withCacheBytes(0));
        } catch (NunatakException e) {
            throw new InvalidArgumentException(file + " exists but cannot be read (" + e.getMessage() + ")" + fix, e);
        }
        Map<String, String> md = new LinkedHashMap<>();
        for (MetadataItem it : tif.metadata()) {
            md.put(it.name(), it.value());
        }
        if (!md.containsKey(SEED_ITEM)) {
            throw new InvalidArgumentException(file + " exists and is not a nunatak sample tile" + fix);
        }
        if (!md.get(SEED_ITEM).equals(Long.toString(seed)) || !TERRAIN_VERSION.equals(md.get(TERRAIN_ITEM))
                || tif.width() != n) {
            throw new InvalidArgumentException(file + " exists but was generated with seed " + md.get(SEED_ITEM)
                    + ", terrain version " + md.get(TERRAIN_ITEM) + " and " + tif.width() + " pixels, not seed "
                    + seed + ", version " + TERRAIN_VERSION + " and " + n + " pixels" + fix);
        }
    }

    /** Temporary files an interrupted run left for this tile; live writers touch theirs constantly. */
    static void removeStaleTemporaryFiles(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        String name = file.getFileName().toString();
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> CogWriter.isTemporaryFile(p, name)).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // leftovers only waste space; the tile itself is written under a fresh temporary name
        }
    }

    static MetadataItem item(String name, String value) {
        return new MetadataItem(name, value, -1, null, null);
    }
}
