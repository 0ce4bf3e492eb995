package nunatak.mosaic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nunatak.array.Boundary;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.engine.Engine;
import nunatak.geom.LonLatBox;
import nunatak.geom.PolarBox;
import nunatak.testing.OverlapMosaic;
import nunatak.testing.ReferenceArrays;
import nunatak.testing.ReferenceArrays.Ref;
import nunatak.testing.StacApiServer;
import nunatak.testing.Transports;
import nunatak.testing.Transports.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source kind (template, static STAC, STAC API, VRT, files) over every transport (files, HTTP, S3) gives what
 * GDAL + xarray + rioxarray read from the same tiles through a VRT built in the source's tile order: the values bit
 * for bit, NaN at the same places, the same coordinates; coarsen, profiles along both axes, layers masking each
 * other, boxes in EPSG:3031 and EPSG:4326, and both overlap rules on tiles whose overlapping pixels disagree, with
 * nodata that lets earlier tiles show through, a partial tile and a missing one ({@link OverlapMosaic}).
 * Subclasses choose the engine.
 */
public abstract class MosaicSourcesContract {
    private static Transports transports;
    private static final Map<Transport, StacApiServer> APIS = new java.util.EnumMap<>(Transport.class);

    protected abstract Engine engine();

    /** The source kinds, each with the tile order its catalog lists and whether it carries both layers. */
    enum Kind {
        TEMPLATE("rowmajor", true), STAC("rowmajor", true), STAC_API("byid", true), VRT("rowmajor", false),
        FILES("byid", false);

        final String order;
        final boolean layers;

        Kind(String order, boolean layers) {
            this.order = order;
            this.layers = layers;
        }
    }

    @BeforeAll
    static void serve() {
        transports = new Transports(OverlapMosaic.dir(), OverlapMosaic.servedFiles());
    }

    @AfterAll
    static void stop() {
        APIS.values().forEach(StacApiServer::close);
        APIS.clear();
        transports.close();
    }

    static Stream<Arguments> everySource() {
        List<Arguments> out = new ArrayList<>();
        for (Transport t : Transport.values()) {
            for (Kind k : Kind.values()) {
                out.add(Arguments.of(k, t));
            }
        }
        return out.stream();
    }

    /** The source of {@code kind} over {@code transport}, for {@code layer} ("dem" or "count"). */
    static MosaicSource source(Kind kind, Transport transport, String layer) {
        String base = transports.base(transport);
        return switch (kind) {
            case TEMPLATE -> new TemplateSource(UriTemplate.parse(base + OverlapMosaic.TEMPLATE), List.of(40, 39),
                    List.of(20, 21, 22));
            case STAC -> new CatalogSources.Stac(base + "stac/collection.json");
            case STAC_API -> new CatalogSources.StacApi(api(transport).url(), "overlap-test");
            case VRT -> new CatalogSources.Vrt(base + layer + ".vrt", 1);
            case FILES -> transport == Transport.FILE
                    ? new CatalogSources.Files(List.of(base + "tiles/*/*_1km_" + layer + ".tif"))
                    : new CatalogSources.Files(OverlapMosaic.BY_ID.stream()
                    .map(id -> base + "tiles/" + id + "/" + id + "_1km_" + layer + ".tif").toList());
        };
    }

    private static synchronized StacApiServer api(Transport t) {
        return APIS.computeIfAbsent(t, k -> {
            StacApiServer api = StacApiServer.serve(OverlapMosaic.dir().resolve("stac"));
            if (k != Transport.FILE) {
                api.rebaseHrefs(OverlapMosaic.dir(), transports.base(k));
            }
            api.maxPageSize(2); // three pages for six items
            return api;
        });
    }

    static OpenOptions options(Transport t, OverlapRule rule) {
        return OpenOptions.DEFAULT.withLayer(LayerOptions.DEFAULT.withOptions(transports.options(t)).withOverlap(rule));
    }

    /** The layer opened from its own source (a VRT or file list holds one layer; catalogs hold both). */
    static DataArray open(Kind kind, Transport t, String layer, OpenOptions o) {
        Dataset ds = Dataset.open(source(kind, t, layer), o.withAssets(List.of(kind.layers ? layer : "dem")));
        return ds.get(kind.layers ? layer : "dem");
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("everySource")
    void valuesNanAndCoordinatesAreGdalsUnderBothOverlapRules(Kind kind, Transport t) {
        for (OverlapRule rule : OverlapRule.values()) {
            String name = kind.order + "-" + rule.name().toLowerCase(java.util.Locale.ROOT);
            Dataset ds = Dataset.open(source(kind, t, "dem"), options(t, rule).withAssets(List.of("dem")));
            List<String> order = ds.layout("dem").tiles().stream().map(tile -> tile.id().substring(0, 5)).toList();
            List<String> expected = (kind.order.equals("rowmajor") ? OverlapMosaic.ROW_MAJOR : OverlapMosaic.BY_ID)
                    .stream().filter(id -> kind != Kind.FILES || !id.equals(OverlapMosaic.MISSING)).toList();
            assertEquals(expected, order, "the catalog's tile order (the reference VRT lists the tiles so)");
            String base = transports.base(t);
            assertTrue(t == Transport.FILE || ds.layout("dem").tiles().stream().allMatch(x -> x.uri().startsWith(base)),
                    () -> "tiles are read over " + t + ": " + ds.layout("dem").tiles());
            assertSame(OverlapMosaic.refs().get(name + "-dem"), ds.get("dem").maskNodata().compute(engine()), 0, name);
        }
        DataArray count = open(kind, t, "count", options(t, OverlapRule.LAST));
        assertSame(OverlapMosaic.refs().get(kind.order + "-last-count"), count.maskNodata().compute(engine()), 0, "count");
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("everySource")
    void coarsenAndProfilesAreXarrays(Kind kind, Transport t) {
        JsonNode p = OverlapMosaic.refs().params();
        int f = p.get("coarsen").asInt();
        DataArray dem = open(kind, t, "dem", options(t, OverlapRule.LAST).withChunks(50)).maskNodata();
        String name = kind.order + "-last-";
        assertSame(OverlapMosaic.refs().get(name + "coarsen"),
                dem.coarsen(Map.of("y", f, "x", f), Boundary.TRIM).mean().compute(engine()), 1e-6, "coarsen");
        assertSame(OverlapMosaic.refs().get(name + "profile_y"),
                dem.sel("y", p.get("profile_y").asDouble(), DataArray.Method.NEAREST).compute(engine()), 0, "profile y");
        assertSame(OverlapMosaic.refs().get(name + "profile_x"),
                dem.sel("x", p.get("profile_x").asDouble(), DataArray.Method.NEAREST).compute(engine()), 0, "profile x");
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("everySource")
    void boxesKeepTheCentresInsideInEitherCrs(Kind kind, Transport t) {
        JsonNode p = OverlapMosaic.refs().params();
        double[] b = ReferenceArrays.doubles(p.get("box3031"));
        OpenOptions o = options(t, OverlapRule.LAST);
        DataArray box = open(kind, t, "dem", o.withBox(b[0], b[1], b[2], b[3])).maskNodata();
        assertSame(OverlapMosaic.refs().get(kind.order + "-last-box3031"), box.compute(engine()), 0, "EPSG:3031 box");
        double[] ll = ReferenceArrays.doubles(p.get("box4326"));
        PolarBox polar = new LonLatBox(ll[0], ll[1], ll[2], ll[3]).toPolar();
        DataArray lonLat = open(kind, t, "dem", o.withBox(polar.minX(), polar.minY(), polar.maxX(), polar.maxY()));
        assertSame(OverlapMosaic.refs().get(kind.order + "-last-box4326"), lonLat.maskNodata().compute(engine()), 0,
                "EPSG:4326 box");
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("everySource")
    void oneLayerMasksAnotherInOnePass(Kind kind, Transport t) {
        if (!kind.layers) {
            return; // a VRT or a file list is one layer: nothing to mask it by
        }
        int min = OverlapMosaic.refs().params().get("valid_min_count").asInt();
        Dataset ds = Dataset.open(source(kind, t, "dem"), options(t, OverlapRule.LAST).withAssets(List.of("dem", "count")));
        DataArray valid = ds.get("dem").maskNodata().where(ds.get("count").ge(min));
        assertSame(OverlapMosaic.refs().get(kind.order + "-last-valid"), valid.compute(engine()), 0, "dem where count >= " + min);
    }

    /** Same shape and coordinates, NaN where the reference has NaN, values equal within {@code relTol}. */
    static void assertSame(Ref ref, DataArray a, double relTol, String what) {
        assertArrayEquals(ref.shape(), a.shape(), what + ": shape");
        if (ref.y() != null) {
            assertArrayEquals(ref.y(), a.coord("y"), what + ": y");
        }
        if (ref.x() != null) {
            assertArrayEquals(ref.x(), a.coord("x"), what + ": x");
        }
        if (!Double.isNaN(ref.ySelected())) {
            assertEquals(ref.ySelected(), a.coord("y")[0], what + ": selected y");
        }
        if (!Double.isNaN(ref.xSelected())) {
            assertEquals(ref.xSelected(), a.coord("x")[0], what + ": selected x");
        }
        double[] v = a.values().toDoubleArray();
        assertEquals(ref.values().length, v.length, what + ": size");
        int nans = 0;
        for (int i = 0; i < v.length; i++) {
            double e = ref.values()[i];
            int at = i;
            if (Double.isNaN(e)) {
                nans++;
                assertTrue(Double.isNaN(v[i]), () -> what + ": NaN expected at " + at + ", got " + v[at]);
            } else {
                assertEquals(e, v[i], Math.abs(e) * relTol, () -> what + ": value " + at);
            }
        }
        assertTrue(nans < v.length, what + ": the reference has values");
    }
}
