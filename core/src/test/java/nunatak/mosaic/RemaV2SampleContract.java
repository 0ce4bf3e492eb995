package nunatak.mosaic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.engine.Engine;
import nunatak.sample.RemaV2SampleResult;
import nunatak.source.SourceOptions;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.ReferenceArrays;
import nunatak.testing.RemaV2Fixture;
import nunatak.testing.StacApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * REMA v2's real layout (nunatak's sample of the real index at 32 m: 39_20 and 39_21 whole, 40_21 a half tile,
 * 40_20 without a tile; 100 m buffers) opened as a preset from a mirror, a template, its STAC catalog, a STAC API
 * search, its VRT and a file list, against what xarray + rioxarray compute on {@code gdalbuildvrt}'s VRT of the same
 * tiles: the notebook's coarse map, a layer masking another, a profile through the tiles' overlaps, a box.
 * Subclasses choose the engine.
 */
public abstract class RemaV2SampleContract {
    private static RangeHttpServer server;
    private static StacApiServer api;
    private static RemaV2SampleResult sample;
    private static ReferenceArrays refs;
    private static final OpenOptions OPEN = OpenOptions.DEFAULT.withLayer(LayerOptions.DEFAULT
            .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)));

    protected abstract Engine engine();

    enum Kind { TEMPLATE, STAC_OVER_HTTP, STAC_API, VRT_OVER_HTTP, FILES }

    @BeforeAll
    static void serve() {
        sample = RemaV2Fixture.small();
        refs = RemaV2Fixture.smallReferences();
        server = RangeHttpServer.serve(sample.root());
        api = StacApiServer.serve(sample.root());
    }

    @AfterAll
    static void stop() {
        server.close();
        api.close();
    }

    private static String mirror() {
        return server.baseUrl() + "/rema/mosaics/v2.0/";
    }

    @Test
    void thePresetFromAMirrorGivesXarraysMapProfileMaskedLayerAndBox() {
        MosaicSource preset = new PresetSource("rema-v2-32m", List.of(40, 39), List.of(20, 21), mirror());
        // The cells asked for belong to the mosaic: it reaches y = 1000000 m, the top of row 40, where REMA v2 has
        // no tile (40_20) or half a tile (40_21), so it is larger than the VRT of the same tiles; compare the VRT's part.
        DataArray whole = Dataset.open(preset, OPEN.withAssets(List.of("dem"))).get("dem");
        assertEquals(1_000_000 - 16, whole.coord("y")[0]);
        assertTrue(Arrays.stream(whole.sel("y", 975_000.0, DataArray.Method.NEAREST).compute(engine()).values()
                .toDoubleArray()).allMatch(Double::isNaN), "north of every tile");
        Dataset ds = Dataset.open(preset, inVrtBounds(OPEN.withAssets(List.of("dem", "count"))));
        DataArray land = ds.get("dem").where(Condition.gt(0));
        MosaicSourcesContract.assertSame(refs.get("coarsen"), coarsen(land).compute(engine()), 1e-5, "coarsen");
        DataArray valid = land.where(ds.get("count").ge(refs.params().get("valid_min_count").asInt()));
        MosaicSourcesContract.assertSame(refs.get("valid_coarsen"), coarsen(valid).compute(engine()), 1e-5,
                "where count >= 2");
        MosaicSourcesContract.assertSame(refs.get("profile_y"), land.sel("y", refs.params().get("profile_y")
                .asDouble(), DataArray.Method.NEAREST).compute(engine()), 0, "profile");
        double[] b = ReferenceArrays.doubles(refs.params().get("box"));
        DataArray box = Dataset.open(preset, OPEN.withAssets(List.of("dem")).withBox(b[0], b[1], b[2], b[3])).get("dem");
        MosaicSourcesContract.assertSame(refs.get("box"), box.maskNodata().compute(engine()), 0, "box");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySourceKindGivesTheSameMap(Kind kind) {
        MosaicSource src = switch (kind) {
            case TEMPLATE -> new TemplateSource(UriTemplate.parse(sample.baseDir()
                    + "/32m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_v2.0_{asset}.tif"), List.of(40, 39), List.of(20, 21));
            case STAC_OVER_HTTP -> new CatalogSources.Stac(mirror() + "32m.json");
            case STAC_API -> new CatalogSources.StacApi(api.url(), "rema-mosaics-v2.0-32m");
            case VRT_OVER_HTTP -> new CatalogSources.Vrt(mirror() + "32m_dem.vrt", 1);
            case FILES -> new CatalogSources.Files(List.of(sample.baseDir() + "/32m/*/*_dem.tif"));
        };
        OpenOptions o = kind == Kind.TEMPLATE ? inVrtBounds(OPEN) : OPEN; // a template spans its cells
        DataArray land = Dataset.open(src, o.withAssets(List.of("dem"))).get("dem").where(Condition.gt(0));
        MosaicSourcesContract.assertSame(refs.get("coarsen"), coarsen(land).compute(engine()), 1e-5, kind.name());
    }

    /** Keeps the pixels of the VRT of the sample's tiles: its bounds hold exactly their centres. */
    private static OpenOptions inVrtBounds(OpenOptions o) {
        double[] b = ReferenceArrays.doubles(refs.params().get("bounds"));
        return o.withBox(b[0], b[1], b[2], b[3]);
    }

    private static DataArray coarsen(DataArray a) {
        int f = refs.params().get("coarsen").asInt();
        return a.coarsen(Map.of("y", f, "x", f), Boundary.TRIM).mean();
    }
}
