package nunatak.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.catalog.RemaV2Index;
import nunatak.catalog.RemaV2Layer;
import nunatak.catalog.RemaV2Tile;
import nunatak.mosaic.RemaGrid;
import nunatak.tiff.CogWriteOptions;
import nunatak.tiff.CogWriter;
import nunatak.tiff.GeoReference;
import nunatak.tiff.RasterSpec;
import nunatak.tiff.Resampling;

/**
 * Writes a REMA v2-like sample: the real index's tiles of the chosen 100 km cells (real sizes and positions,
 * half tiles at the coast, merged tiles, 2 m quarters) with synthetic {@link Terrain} elevations, so the buffers
 * repeat their neighbours' pixels exactly; the auxiliary layers from {@link SyntheticLayers} with the real
 * products' types and nodata; files as PGC writes the DEM (LZW, floating-point predictor for floats, horizontal
 * for integers, BigTIFF, 512 blocks, overviews). Beside them: the static STAC tree in PGC's layout
 * ({@link RemaV2Stac}) and one GDAL VRT per layer ({@link RemaV2Vrt}). The root mirrors the bucket, so
 * {@code root/rema/mosaics/v2.0/} stands in for {@code s3://pgc-opendata-dems/rema/mosaics/v2.0/}. Tiles whose
 * layers all exist (from the same seed) are kept unless {@code force}; {@code catalogOnly} writes no pixels.
 *
 * <pre>{@code
 * RemaV2SampleResult r = RemaV2Sample.generate(RemaV2SampleOptions.defaults(Path.of("sample")), SampleProgress.NONE);
 * TileCatalog c = StacCatalog.read(r.collection().toString(), Region.ALL, SourceOptions.DEFAULT);
 * }</pre>
 */
public final class RemaV2Sample {
    /** Rows rendered and written per step: a few MB of buffers even for 2 m tiles of 25100 pixels. */
    private static final int CHUNK_ROWS = 64;

    private RemaV2Sample() {
    }

    public static RemaV2SampleResult generate(RemaV2SampleOptions o, SampleProgress progress) {
        Instant start = Instant.now();
        String res = o.resolution();
        Path version = o.root().resolve(RemaV2Stac.VERSION_DIR);
        List<RemaV2Tile> chosen = select(o);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        List<String> reused = new ArrayList<>();
        if (!o.catalogOnly()) {
            writePixels(o, version, chosen, written, reused, progress);
        }
        Set<RemaV2Tile> selected = Set.copyOf(chosen);
        Set<RemaV2Tile> listed = new LinkedHashSet<>();
        for (RemaV2Tile t : RemaV2Index.tiles(res)) {
            if (selected.contains(t) || Files.isRegularFile(version.resolve(t.path(RemaV2Layer.DEM)))) {
                listed.add(t);
            }
        }
        List<RemaV2Tile> catalogued = new ArrayList<>(listed);
        RemaV2Stac.write(o.root(), res, catalogued, o.layers());
        Map<RemaV2Layer, Path> vrts = new LinkedHashMap<>();
        for (RemaV2Layer l : o.layers()) {
            Path vrt = version.resolve(res + "_" + l.suffix() + ".vrt");
            RemaV2Vrt.write(vrt, catalogued, l);
            vrts.put(l, vrt);
        }
        List<String> done = new ArrayList<>(written);
        done.sort(null);
        return new RemaV2SampleResult(o.root(), res, version, done, reused, catalogued.size(),
                o.root().resolve(RemaV2Stac.ROOT_FILE), version.resolve(res + ".json"), vrts,
                Duration.between(start, Instant.now()));
    }

    /** The index's tiles of the chosen cells (or all), in index order. */
    static List<RemaV2Tile> select(RemaV2SampleOptions o) {
        if (o.allTiles()) {
            return RemaV2Index.tiles(o.resolution());
        }
        Set<Integer> rows = Set.copyOf(o.rows().indices());
        Set<Integer> cols = Set.copyOf(o.cols().indices());
        List<RemaV2Tile> out = RemaV2Index.tiles(o.resolution()).stream()
                .filter(t -> rows.contains(t.row()) && cols.contains(t.col())).toList();
        if (out.isEmpty()) {
            throw new InvalidArgumentException("REMA v2 has no " + o.resolution() + " tile in rows " + o.rows()
                    + " x cols " + o.cols() + " (ocean, or outside the grid); try rows 40:37, cols 20:23");
        }
        return out;
    }

    private static void writePixels(RemaV2SampleOptions o, Path version, List<RemaV2Tile> tiles, List<String> written,
                                    List<String> reused, SampleProgress progress) {
        List<RemaV2Tile> todo = new ArrayList<>();
        long rows = 0;
        for (RemaV2Tile t : tiles) {
            rows += t.height();
            if (!o.force() && allLayersExist(version, t, o.layers())) {
                SampleMosaic.checkReusable(version.resolve(t.path(RemaV2Layer.DEM)), o.seed(), t.width());
                reused.add(t.id());
            } else {
                todo.add(t);
            }
        }
        progress.started(tiles.size(), rows);
        for (RemaV2Tile t : tiles) {
            if (reused.contains(t.id())) {
                progress.advanced(t.height());
                progress.tileDone(new TileIndex(t.row(), t.col()), version.resolve(t.path(RemaV2Layer.DEM)), true);
            }
        }
        int workers = workers(o, todo);
        int writerThreads = Math.max(1, o.threads() / Math.max(1, Math.min(workers, todo.size())));
        Terrain terrain = new Terrain(o.seed());
        SyntheticLayers aux = new SyntheticLayers(o.seed());
        List<Runnable> tasks = new ArrayList<>();
        for (RemaV2Tile t : todo) {
            tasks.add(() -> {
                writeTile(t, version, terrain, aux, o, writerThreads, progress);
                written.add(t.id());
                progress.tileDone(new TileIndex(t.row(), t.col()), version.resolve(t.path(RemaV2Layer.DEM)), false);
            });
        }
        SampleTasks.runAll(tasks, workers, o.root());
    }

    private static boolean allLayersExist(Path version, RemaV2Tile t, List<RemaV2Layer> layers) {
        return layers.stream().allMatch(l -> Files.isRegularFile(version.resolve(t.path(l))));
    }

    /**
     * Tiles written at once: the threads, but no more than the heap holds. Each layer's writer keeps a block row
     * per level (floats as 4 bytes, other types as 8), which for 2 m tiles is about 100 MB per layer.
     */
    private static int workers(RemaV2SampleOptions o, List<RemaV2Tile> todo) {
        int width = todo.stream().mapToInt(RemaV2Tile::width).max().orElse(1);
        long perTile = 0;
        for (RemaV2Layer l : o.layers()) {
            perTile += (long) RemaV2Vrt.BLOCK * width * (l.dataType().isFloating() ? 4 : 8) * 3 / 2;
        }
        perTile += (long) CHUNK_ROWS * width * 16;
        long budget = Runtime.getRuntime().maxMemory() / 2;
        return (int) Math.max(1, Math.min(o.threads(), budget / Math.max(1, perTile)));
    }

    private static void writeTile(RemaV2Tile t, Path version, Terrain terrain, SyntheticLayers aux,
                                  RemaV2SampleOptions o, int writerThreads, SampleProgress progress) {
        int w = t.width();
        double res = t.pixelSize();
        double[] xs = new double[w];
        for (int c = 0; c < w; c++) {
            xs[c] = t.xmin() + (c + 0.5) * res;
        }
        List<CogWriter> writers = new ArrayList<>();
        try {
            for (RemaV2Layer l : o.layers()) {
                Path file = version.resolve(t.path(l));
                SampleMosaic.removeStaleTemporaryFiles(file);
                writers.add(CogWriter.create(file, spec(t, l, o.seed()), options(l, writerThreads)));
            }
            TerrainRows rows = new TerrainRows(terrain, t.xmin(), t.ymax(), res, w);
            float[] dem = new float[CHUNK_ROWS * w];
            float[] f32 = new float[CHUNK_ROWS * w];
            double[] f64 = new double[CHUNK_ROWS * w];
            for (int first = 0; first < t.height(); first += CHUNK_ROWS) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new NunatakException("interrupted while generating " + version.resolve(t.path(RemaV2Layer.DEM)));
                }
                int n = Math.min(CHUNK_ROWS, t.height() - first);
                for (int r = 0; r < n; r++) {
                    rows.render(first + r, dem, r * w);
                }
                for (int k = 0; k < writers.size(); k++) {
                    RemaV2Layer l = o.layers().get(k);
                    if (l == RemaV2Layer.DEM) {
                        writers.get(k).writeRows(dem, 0, n);
                        continue;
                    }
                    for (int r = 0; r < n; r++) {
                        double y = t.ymax() - (first + r + 0.5) * res;
                        for (int c = 0; c < w; c++) {
                            double v = aux.value(l, dem[r * w + c], xs[c], y);
                            if (l.dataType().isFloating()) {
                                f32[r * w + c] = (float) v;
                            } else {
                                f64[r * w + c] = v;
                            }
                        }
                    }
                    if (l.dataType().isFloating()) {
                        writers.get(k).writeRows(f32, 0, n);
                    } else {
                        writers.get(k).writeRows(f64, 0, n);
                    }
                }
                progress.advanced(n);
            }
            for (CogWriter wr : writers) {
                wr.close();
            }
        } catch (RuntimeException e) {
            writers.forEach(CogWriter::abort);
            throw e;
        }
    }

    private static RasterSpec spec(RemaV2Tile t, RemaV2Layer l, long seed) {
        double res = t.pixelSize();
        GeoReference geo = new GeoReference(new double[] {t.xmin(), res, 0, t.ymax(), 0, -res}, RemaGrid.EPSG,
                GeoReference.RasterType.AREA, SampleMosaic.CITATION);
        return RasterSpec.of(t.width(), t.height(), l.dataType()).withGeo(geo).withNodata(l.nodata())
                .withMetadata(List.of(SampleMosaic.item("OVR_RESAMPLING_ALG", resampling(l).gdalName()),
                        SampleMosaic.item(SampleMosaic.SEED_ITEM, Long.toString(seed)),
                        SampleMosaic.item(SampleMosaic.TERRAIN_ITEM, SampleMosaic.TERRAIN_VERSION)));
    }

    private static CogWriteOptions options(RemaV2Layer l, int threads) {
        return CogWriteOptions.DEFAULT.withBlockSize(RemaV2Vrt.BLOCK).withPredictor(l.dataType().isFloating() ? 3 : 2)
                .withBigTiff(CogWriteOptions.BigTiff.YES).withResampling(resampling(l)).withThreads(threads);
    }

    /** Heights and deviations average into overviews; counts, dates and masks keep a real pixel's value. */
    private static Resampling resampling(RemaV2Layer l) {
        return l.dataType().isFloating() ? Resampling.AVERAGE : Resampling.NEAREST;
    }
}
