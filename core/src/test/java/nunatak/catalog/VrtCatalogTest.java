package nunatak.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.UnsupportedFormatException;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleProgress;
import nunatak.source.SourceOptions;
import nunatak.testing.Gdal;
import nunatak.testing.GdalRead;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RemaV2Fixture;
import nunatak.tiff.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GDAL VRTs as catalogs: what gdalbuildvrt writes parses to what GDAL reports, and what nunatak cannot honour fails. */
class VrtCatalogTest {
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT.withCacheBytes(0);

    @TempDir
    Path dir;

    private static List<Path> demTiles(RemaV2SampleResult s) {
        return RemaV2Index.tiles("32m").stream().filter(t -> t.row() >= 39 && t.row() <= 40 && t.col() >= 20
                && t.col() <= 21).map(t -> s.baseDir().resolve(t.path(RemaV2Layer.DEM))).toList();
    }

    private static double[] gt(JsonNode info) {
        double[] g = new double[6];
        for (int i = 0; i < 6; i++) {
            g[i] = info.path("geoTransform").get(i).asDouble();
        }
        return g;
    }

    @Test
    void whatGdalbuildvrtWritesGivesTheFootprintsGdalReports() {
        RemaV2SampleResult s = RemaV2Fixture.small();
        List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", dir.resolve("all.vrt").toString()));
        demTiles(s).forEach(p -> cmd.add(p.toString()));
        Gdal.run(null, cmd);
        TileCatalog c = VrtCatalog.read(dir.resolve("all.vrt").toString(), 1, OPTIONS);
        JsonNode vrt = Gdal.info(dir.resolve("all.vrt"));
        assertEquals(vrt.path("size").get(0).asInt(), c.grid().width());
        assertEquals(vrt.path("size").get(1).asInt(), c.grid().height());
        assertArrayEquals(gt(vrt), c.grid().geoTransform());
        assertEquals(3031, c.grid().epsg());
        assertEquals(DataType.FLOAT32, c.dataType());
        assertEquals(-9999.0, c.nodata());
        assertEquals(3, c.tiles().size());
        for (int i = 0; i < 3; i++) {
            CatalogTile t = c.tiles().get(i);
            Path file = demTiles(s).get(i);
            JsonNode src = Gdal.info(file);
            assertEquals(file.toUri().toString(), t.assets().get(VrtCatalog.ASSET));
            assertEquals(src.path("size").get(0).asInt(), t.footprint().width());
            assertEquals(src.path("size").get(1).asInt(), t.footprint().height());
            assertArrayEquals(gt(src), t.footprint().geoTransform());
            assertEquals(0, t.srcCol());
            assertEquals(-9999.0, t.nodata());
            assertFalse(t.opaque());
        }
    }

    @Test
    void aClippedVrtStartsTilesInsideTheirFiles() {
        RemaV2SampleResult s = RemaV2Fixture.small();
        // A window that cuts 39_20 on the left and 40_21 at the top: SrcRects start inside the files.
        List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-te", "-1050016", "850016", "-950048",
                "920000", dir.resolve("clip.vrt").toString()));
        demTiles(s).forEach(p -> cmd.add(p.toString()));
        Gdal.run(null, cmd);
        TileCatalog c = VrtCatalog.read(dir.resolve("clip.vrt").toString(), 1, OPTIONS);
        double[] g = gt(Gdal.info(dir.resolve("clip.vrt")));
        assertArrayEquals(g, c.grid().geoTransform());
        double[] grid = c.grid().bounds();
        for (int i = 0; i < c.tiles().size(); i++) {
            CatalogTile t = c.tiles().get(i);
            JsonNode src = Gdal.info(Path.of(java.net.URI.create(t.assets().get("dem"))));
            double[] sg = gt(src);
            double[] fp = t.footprint().geoTransform();
            assertEquals(sg[0] + t.srcCol() * sg[1], fp[0], t.id());
            assertEquals(sg[3] + t.srcRow() * sg[5], fp[3], t.id());
            double[] b = t.footprint().bounds();
            double srcRight = sg[0] + src.path("size").get(0).asInt() * sg[1];
            double srcBottom = sg[3] + src.path("size").get(1).asInt() * sg[5];
            assertArrayEquals(new double[] {Math.max(grid[0], sg[0]), Math.max(grid[1], srcBottom),
                    Math.min(grid[2], srcRight), Math.min(grid[3], sg[3])}, b, t.id());
        }
        assertTrue(c.tiles().stream().anyMatch(t -> t.srcCol() > 0), "some tile starts inside its file");
        assertTrue(c.tiles().stream().anyMatch(t -> t.srcRow() > 0), "some tile starts below its top row");
    }

    @Test
    void aVrtClippedInsideATileStartingAtItsCornerReadsWhatGdalReads() {
        // 39_21's window starts at the file's first pixel but ends inside it; 39_20 and 40_21 overlap it.
        List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-te", "-1010016", "890016", "-990048",
                "910016", dir.resolve("corner.vrt").toString()));
        demTiles(RemaV2Fixture.small()).forEach(p -> cmd.add(p.toString()));
        Gdal.run(null, cmd);
        String vrt = dir.resolve("corner.vrt").toString();
        TileCatalog c = VrtCatalog.read(vrt, 1, OPTIONS);
        assertTrue(c.tiles().stream().anyMatch(t -> t.srcCol() == 0 && t.srcRow() == 0 && t.window()),
                "a window that starts at its file's corner");
        nunatak.array.Grid read = nunatak.array.Dataset.open(new nunatak.mosaic.CatalogSources.Vrt(vrt, 1),
                nunatak.array.OpenOptions.DEFAULT).get("dem").compute(nunatak.engine.Engine.local()).values();
        GdalRead.Level gdal = GdalRead.of(dir.resolve("corner.vrt")).level(0);
        assertEquals(gdal.width(), read.cols());
        assertEquals(gdal.height(), read.rows());
        for (int i = 0; i < gdal.band(1).length; i++) {
            double g = gdal.band(1)[i];
            assertEquals(g == -9999 ? Double.NaN : g, read.get(i / gdal.width(), i % gdal.width()), "pixel " + i);
        }
    }

    @Test
    void theSamplesContinentalVrtIsTheIndexAndIsReadWithOneRequestOverHttp() throws IOException {
        RemaV2SampleResult s = RemaV2Sample.generate(RemaV2SampleOptions.defaults(dir).withAllTiles(true)
                .withCatalogOnly(true).withLayers(List.of(RemaV2Layer.DEM, RemaV2Layer.COUNT)), SampleProgress.NONE);
        TileCatalog index = RemaV2.continent("32m", null, List.of("dem"));
        try (RangeHttpServer server = RangeHttpServer.serve(dir)) {
            String base = server.baseUrl() + "/rema/mosaics/v2.0/";
            TileCatalog c = VrtCatalog.read(base + "32m_dem.vrt", 1, OPTIONS);
            assertEquals(1, server.requests().size(), "one request for a 750 KB VRT, none to the tiles");
            assertEquals(RemaV2Index.grid("32m"), c.grid());
            assertEquals(170318, c.grid().width());
            assertEquals(182568, c.grid().height());
            assertArrayEquals(new double[] {-2700096, 32, 0, 3342080, 0, -32}, c.grid().geoTransform());
            assertEquals(1523, c.tiles().size());
            for (int i = 0; i < 1523; i++) {
                CatalogTile t = c.tiles().get(i);
                assertEquals(index.tiles().get(i).footprint(), t.footprint());
                assertEquals(index.tiles().get(i).assets().get("dem").replace(RemaV2.DEFAULT_BASE_URL, base),
                        t.assets().get("dem"));
            }
            TileCatalog count = VrtCatalog.read(base + "32m_count.vrt", 1, OPTIONS);
            assertEquals(DataType.UINT8, count.dataType());
            assertEquals(0.0, count.nodata());
        }
        assertTrue(Files.size(s.vrts().get(RemaV2Layer.DEM)) > 500_000);
    }

    @Test
    void gdalPathsBecomeUrisAndSimpleSourcesAreOpaque() throws IOException {
        Path vrt = dir.resolve("paths.vrt");
        Files.writeString(vrt, vrt(List.of(
                complex("/vsis3/pgc-opendata-dems/rema/mosaics/v2.0/32m/06_37/06_37_32m_v2.0_dem.tif", "0", 0, 0),
                complex("/vsigs/bucket/a b.tif", "0", 100, 0),
                complex("/vsicurl/https://example.org/c.tif", "0", 0, 100),
                complex("https://example.org/d.tif", "0", 100, 100),
                complex("sub/e.tif", "1", 50, 50).replace("<NODATA>-9999</NODATA>\n", "")
                        .replace("ComplexSource", "SimpleSource")), "EPSG:3031"));
        TileCatalog c = VrtCatalog.read(vrt.toString(), 1, OPTIONS);
        assertEquals(List.of("s3://pgc-opendata-dems/rema/mosaics/v2.0/32m/06_37/06_37_32m_v2.0_dem.tif",
                "gs://bucket/a%20b.tif", "https://example.org/c.tif", "https://example.org/d.tif",
                dir.resolve("sub/e.tif").toUri().toString()),
                c.tiles().stream().map(t -> t.assets().get("dem")).toList());
        assertEquals(3031, c.grid().epsg());
        CatalogTile simple = c.tiles().get(4);
        assertTrue(simple.opaque());
        assertNull(simple.nodata());
        assertArrayEquals(new double[] {-1000000 + 50 * 32, 32, 0, 1000000 - 50 * 32, 0, -32},
                simple.footprint().geoTransform());
    }

    static Stream<Arguments> unsupported() {
        String ok = complex("a.tif", "1", 0, 0);
        return Stream.of(
                Arguments.of("resampling", ok.replace("<DstRect xOff=\"0\" yOff=\"0\" xSize=\"100\" ySize=\"100\"",
                        "<DstRect xOff=\"0\" yOff=\"0\" xSize=\"50\" ySize=\"50\""), "<DstRect> (line 14)"),
                Arguments.of("fraction", ok.replace("<DstRect xOff=\"0\"", "<DstRect xOff=\"0.5\""), "<DstRect> (line 14)"),
                Arguments.of("scale", ok.replace("<NODATA>", "<ScaleRatio>2</ScaleRatio>\n      <NODATA>"),
                        "<ScaleRatio> (line 15)"),
                Arguments.of("lut", ok.replace("<NODATA>", "<LUT>0:0,1:10</LUT>\n      <NODATA>"), "<LUT> (line 15)"),
                Arguments.of("colour table", ok.replace("<NODATA>",
                        "<ColorTableComponent>1</ColorTableComponent>\n      <NODATA>"), "<ColorTableComponent> (line 15)"),
                Arguments.of("mask", ok.replace("<NODATA>", "<UseMaskBand>true</UseMaskBand>\n      <NODATA>"),
                        "<UseMaskBand> (line 15)"),
                Arguments.of("kernel", ok.replace("ComplexSource", "KernelFilteredSource"), "<KernelFilteredSource> (line 9)"),
                Arguments.of("averaged", ok.replace("ComplexSource", "AveragedSource"), "<AveragedSource> (line 9)"),
                Arguments.of("zip", ok.replace("relativeToVRT=\"1\">a.tif", "relativeToVRT=\"0\">/vsizip/t.zip/a.tif"),
                        "<SourceFilename> (line 10)"),
                Arguments.of("nested", ok.replace("a.tif", "b.vrt"), "<SourceFilename> (line 10)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void whatCannotBeHonouredIsAnErrorNamingTheElementAndLine(String name, String source, String where)
            throws IOException {
        Path vrt = dir.resolve(name.replace(' ', '_') + ".vrt");
        Files.writeString(vrt, vrt(List.of(source), "EPSG:3031"));
        NunatakException e = assertThrows(NunatakException.class, () -> VrtCatalog.read(vrt.toString(), 1, OPTIONS));
        assertTrue(e instanceof UnsupportedFormatException, e.toString());
        assertTrue(e.getMessage().contains(vrt.toUri().toString()) && e.getMessage().contains(where), e.getMessage());
    }

    @Test
    void derivedWarpedAndMissingBandsAndBrokenXmlAreErrors() throws IOException {
        Path vrt = dir.resolve("x.vrt");
        String plain = vrt(List.of(complex("a.tif", "1", 0, 0)), "EPSG:3031");
        Files.writeString(vrt, plain.replace("<VRTRasterBand dataType", "<VRTRasterBand subClass=\"VRTDerivedRasterBand\" dataType"));
        assertTrue(assertThrows(UnsupportedFormatException.class, () -> VrtCatalog.read(vrt.toString(), 1, OPTIONS))
                .getMessage().contains("VRTDerivedRasterBand"));
        Files.writeString(vrt, plain.replace("<VRTDataset ", "<VRTDataset subClass=\"VRTWarpedDataset\" "));
        assertTrue(assertThrows(UnsupportedFormatException.class, () -> VrtCatalog.read(vrt.toString(), 1, OPTIONS))
                .getMessage().contains("<VRTDataset> (line 1) is a VRTWarpedDataset"));
        Files.writeString(vrt, plain);
        assertTrue(assertThrows(InvalidArgumentException.class, () -> VrtCatalog.read(vrt.toString(), 2, OPTIONS))
                .getMessage().contains("band 2 does not exist"));
        Files.writeString(vrt, plain.replace("</VRTDataset>", ""));
        assertTrue(assertThrows(BadContentException.class, () -> VrtCatalog.read(vrt.toString(), 1, OPTIONS))
                .getMessage().contains("not well-formed XML at line"));
        Files.writeString(vrt, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<VRTDataset>&e;</VRTDataset>");
        assertThrows(BadContentException.class, () -> VrtCatalog.read(vrt.toString(), 1, OPTIONS));
    }

    private static String complex(String file, String relative, int x, int y) {
        return "    <ComplexSource>\n"
                + "      <SourceFilename relativeToVRT=\"" + relative + "\">" + file + "</SourceFilename>\n"
                + "      <SourceBand>1</SourceBand>\n"
                + "      <SourceProperties RasterXSize=\"100\" RasterYSize=\"100\" DataType=\"Float32\" BlockXSize=\"512\" BlockYSize=\"512\" />\n"
                + "      <SrcRect xOff=\"0\" yOff=\"0\" xSize=\"100\" ySize=\"100\" />\n"
                + "      <DstRect xOff=\"" + x + "\" yOff=\"" + y + "\" xSize=\"100\" ySize=\"100\" />\n"
                + "      <NODATA>-9999</NODATA>\n"
                + "    </ComplexSource>\n";
    }

    private static String vrt(List<String> sources, String srs) {
        return "<VRTDataset rasterXSize=\"200\" rasterYSize=\"200\">\n"
                + "  <SRS>" + srs + "</SRS>\n"
                + "  <GeoTransform> -1.0e+06, 32, 0, 1.0e+06, 0, -32</GeoTransform>\n"
                + "  <VRTRasterBand dataType=\"Float32\" band=\"1\">\n"
                + "    <NoDataValue>-9999</NoDataValue>\n"
                + "    <ColorInterp>Gray</ColorInterp>\n"
                + "    <Description>test</Description>\n"
                + "    <Offset>0</Offset>\n"
                + String.join("", sources)
                + "  </VRTRasterBand>\n"
                + "</VRTDataset>\n";
    }
}
