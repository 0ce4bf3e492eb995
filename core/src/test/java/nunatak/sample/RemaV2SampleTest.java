package nunatak.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.catalog.RemaV2Index;
import nunatak.catalog.RemaV2Layer;
import nunatak.catalog.RemaV2Tile;
import nunatak.mosaic.IndexRange;
import nunatak.testing.Gdal;
import nunatak.testing.RemaV2Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v2 sample has the real index's tiles (sizes, places, the half tile 40_21, no tile 40_20), PGC's encodings
 * and types, buffers that repeat the neighbours' pixels, and layers consistent with the DEM, as GDAL reads them.
 */
class RemaV2SampleTest {
    private static final Map<RemaV2Layer, String> GDAL_TYPES = Map.of(RemaV2Layer.DEM, "Float32",
            RemaV2Layer.MAD, "Float32", RemaV2Layer.COUNT, "Byte", RemaV2Layer.MINDATE, "Int16",
            RemaV2Layer.MAXDATE, "Int16", RemaV2Layer.DATAMASK, "Byte");

    @TempDir
    Path dir;

    private static List<RemaV2Tile> tiles() {
        return RemaV2Index.tiles("32m").stream().filter(t -> t.row() >= 39 && t.col() <= 21 && t.row() <= 40
                && t.col() >= 20).toList();
    }

    @Test
    void tilesHaveTheIndexSizesPlacesAndPgcEncodings() throws IOException {
        RemaV2SampleResult s = RemaV2Fixture.small();
        assertEquals(List.of("39_20", "39_21", "40_21"), tiles().stream().map(RemaV2Tile::id).toList());
        for (RemaV2Tile t : tiles()) {
            for (RemaV2Layer l : RemaV2SampleOptions.ALL_LAYERS) {
                Path file = s.baseDir().resolve(t.path(l));
                JsonNode info = Gdal.info(file);
                String where = file.toString();
                assertEquals(t.width(), info.path("size").get(0).asInt(), where);
                assertEquals(t.height(), info.path("size").get(1).asInt(), where);
                double[] gt = new double[6];
                for (int i = 0; i < 6; i++) {
                    gt[i] = info.path("geoTransform").get(i).asDouble();
                }
                assertArrayEquals(new double[] {t.xmin(), 32, 0, t.ymax(), 0, -32}, gt, where);
                assertTrue(info.path("coordinateSystem").path("wkt").asText().endsWith("ID[\"EPSG\",3031]]"), where);
                JsonNode band = info.path("bands").get(0);
                assertEquals(GDAL_TYPES.get(l), band.path("type").asText(), where);
                assertEquals(l.nodata(), band.path("noDataValue").asDouble(), where);
                assertEquals(512, band.path("block").get(0).asInt(), where);
                assertTrue(band.path("overviews").size() >= 2, where);
                JsonNode structure = info.path("metadata").path("IMAGE_STRUCTURE");
                assertEquals("LZW", structure.path("COMPRESSION").asText(), where);
                assertEquals(l.dataType().isFloating() ? "3" : "2", structure.path("PREDICTOR").asText(), where);
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] head = in.readNBytes(4);
                    assertArrayEquals(new byte[] {'I', 'I', 43, 0}, head, where + " is not a BigTIFF");
                }
            }
        }
    }

    @Test
    void buffersRepeatTheNeighboursPixelsAndLayersAgreeWithTheDem() {
        RemaV2SampleResult s = RemaV2Fixture.small();
        // GDAL reads the windows where the tiles overlap: 6 columns between 39_20 and 39_21, and the 6 rows
        // between 39_21 and the half tile 40_21 above it; every layer must repeat its neighbour there.
        String program = """
                import numpy as np
                from osgeo import gdal
                base = '%s'
                def read(name, layer, xoff, yoff, w, h):
                    return gdal.Open(f'{base}/32m/{name[:5]}/{name}_32m_v2.0_{layer}.tif').ReadAsArray(xoff, yoff, w, h)
                layers = ['dem', 'mad', 'count', 'mindate', 'maxdate', 'datamask']
                for l in layers:
                    a = read('39_20', l, 3125, 0, 6, 3131); b = read('39_21', l, 0, 0, 6, 3131)
                    print(l, 'columns', np.array_equal(a, b))
                    a = read('40_21', l, 0, 1562, 3131, 6); b = read('39_21', l, 0, 0, 3131, 6)
                    print(l, 'rows', np.array_equal(a, b))
                for name in ['39_20', '39_21', '40_21']:
                    v = {l: read(name, l, 0, 0, None, None) for l in layers}
                    void = v['dem'] == -9999
                    ok = (v['mad'][void] == -9999).all() and (v['count'][void] == 0).all() \
                        and (v['datamask'][void] == 0).all() and (v['mindate'][void] == 0).all() \
                        and (v['maxdate'][void] == 0).all()
                    d = ~void
                    ok = ok and (v['datamask'][d] == 1).all() and v['count'][d].min() >= 1 and v['count'][d].max() <= 15 \
                        and (v['mindate'][d] <= v['maxdate'][d]).all() and v['mindate'][d].min() >= 3576 \
                        and v['maxdate'][d].max() < 8500 and v['mad'][d].min() > 0 and v['mad'][d].max() < 2
                    print(name, 'consistent', ok, 'voids', int(void.sum()), 'valid', int(d.sum()))
                """.formatted(s.baseDir());
        String out = Gdal.python(program);
        for (String line : out.strip().split("\n")) {
            assertTrue(line.contains(" True"), out);
        }
        assertTrue(out.contains("39_20 consistent True voids "), out);
    }

    @Test
    void theVrtIsWhatGdalbuildvrtWritesForTheSameTiles() throws IOException {
        RemaV2SampleResult s = RemaV2Fixture.small();
        for (RemaV2Layer l : List.of(RemaV2Layer.DEM, RemaV2Layer.COUNT, RemaV2Layer.MINDATE)) {
            List<String> cmd = new java.util.ArrayList<>(List.of("gdalbuildvrt", "-q", "gdal_" + l.suffix() + ".vrt"));
            tiles().forEach(t -> cmd.add(t.path(l)));
            Gdal.run(s.baseDir(), cmd);
            String gdal = Files.readString(s.baseDir().resolve("gdal_" + l.suffix() + ".vrt"));
            assertEquals(gdal, Files.readString(s.vrts().get(l)), l.suffix());
        }
    }

    @Test
    void aRerunKeepsTheTilesAndAnotherSeedIsRefused() {
        RemaV2SampleResult first = RemaV2Fixture.small();
        RemaV2SampleOptions o = RemaV2SampleOptions.defaults(first.root()).withRows(RemaV2Fixture.ROWS)
                .withCols(RemaV2Fixture.COLS).withSeed(7);
        RemaV2SampleResult again = RemaV2Sample.generate(o, SampleProgress.NONE);
        assertEquals(List.of(), again.written());
        assertEquals(List.of("39_20", "39_21", "40_21"), again.reused());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> RemaV2Sample.generate(o.withSeed(8), SampleProgress.NONE));
        assertTrue(e.getMessage().contains("seed 7") && e.getMessage().contains("--force"), e.getMessage());
    }

    @Test
    void cellsWithoutTilesAreAnErrorThatSaysWhereTilesAre() {
        RemaV2SampleOptions o = RemaV2SampleOptions.defaults(dir).withRows(new IndexRange(1, 1))
                .withCols(new IndexRange(1, 1));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> RemaV2Sample.generate(o, SampleProgress.NONE));
        assertTrue(e.getMessage().contains("no 32m tile in rows 1:1 x cols 1:1"), e.getMessage());
    }
}
