package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/info} and the tiles, against the pixels GDAL reads from the levels the tiles are drawn from. */
class ViewerTilesTest {
    @RegisterExtension
    static final RunningViewer viewer = new RunningViewer();

    @Test
    void infoDescribesTheMosaicTheLayersAndTheTileGrid() {
        JsonNode info = viewer.http().json(viewer.http().get("/api/info"));
        assertEquals("EPSG:3031", info.get("crs").asText());
        assertEquals("[1024,1024]", info.get("shape").toString());
        assertEquals("[-1048576.0,720896.0,-983040.0,786432.0]", info.get("bounds").toString());
        assertEquals("[64.0,64.0]", info.get("res").toString());
        List<String> layers = new ArrayList<>();
        info.get("layers").forEach(l -> layers.add(l.get("name").asText()));
        assertEquals(List.of("dem", "hillshade", "mad", "count"), layers);
        assertEquals("m", info.get("layers").get(0).get("units").asText());
        assertEquals(3, info.get("levels").size());
        assertEquals(256.0, info.get("levels").get(2).get("res").get(0).asDouble());
        JsonNode grid = info.get("tile_grid");
        assertEquals("[-4194304.0,4194304.0]", grid.get("origin").toString());
        assertEquals(256, grid.get("tile_size").asInt());
        assertEquals(11, grid.get("max_zoom").asInt(), "tiles down to a quarter of the 64 m pixels");
        for (int z = 0; z <= 11; z++) {
            assertEquals(32768.0 / (1 << z), grid.get("resolutions").get(z).asDouble());
        }
    }

    /** Zoom 9, 8, 7 are 64, 128, 256 m: level 0, 1, 2 pixel for pixel; zoom 10 is level 0 twice over. */
    @Test
    void tilesShowThePixelsOfTheLevelClosestToTheirResolution() throws IOException {
        assertTilesMatch("dem", 9, 0, -50, 2500);
        assertTilesMatch("dem", 8, 1, -50, 2500);
        assertTilesMatch("dem", 7, 2, -50, 2500);
        assertTilesMatch("dem", 10, 0, -50, 2500);
        assertTilesMatch("count", 8, 1, 0, 21);
        assertTilesMatch("mad", 9, 0, 0, 40);
    }

    /** The relief is gdaldem's hillshade of the level the tile is drawn from, in grey from 0 to 255. */
    @Test
    void reliefTilesAreGdaldemsHillshadeOfTheirLevel() throws IOException {
        assertTilesMatch("hillshade", 9, 0, 0, 255);
        assertTilesMatch("hillshade", 8, 1, 0, 255);
    }

    @Test
    void shadingChangesTheColoursWhereTheReliefIsKnownOnly() throws IOException {
        BufferedImage flat = png(viewer.http().get("/tiles/9/193/209.png?layer=dem&colormap=terrain&vmin=0&vmax=2000"));
        BufferedImage shaded = png(viewer.http().get("/tiles/9/193/209.png?layer=dem&colormap=terrain&vmin=0&vmax=2000"
                + "&hillshade=1&exaggeration=3"));
        BufferedImage relief = png(viewer.http().get("/tiles/9/193/209.png?layer=hillshade&exaggeration=3"));
        int differ = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertEquals(flat.getRGB(x, y) >>> 24, shaded.getRGB(x, y) >>> 24, "shading keeps no data transparent");
                if ((relief.getRGB(x, y) >>> 24) == 0) {
                    assertEquals(flat.getRGB(x, y), shaded.getRGB(x, y), "no relief, no shading");
                }
                differ += flat.getRGB(x, y) != shaded.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differ > 20000, differ + " pixels changed by shading");
    }

    @Test
    void tilesOutsideTheDataAreTransparent() throws IOException {
        BufferedImage far = png(viewer.http().get("/tiles/9/10/10.png"));
        for (int y = 0; y < 256; y += 5) {
            for (int x = 0; x < 256; x += 5) {
                assertEquals(0, far.getRGB(x, y) >>> 24);
            }
        }
    }

    @Test
    void theSameTileComesFromTheCacheAndAnotherStyleIsDrawnAnew() {
        String url = "/tiles/8/96/104.png?layer=dem&colormap=viridis&vmin=10&vmax=20";
        long[] before = viewer.server().tileCacheStats();
        byte[] first = viewer.http().get(url).body();
        byte[] second = viewer.http().get(url).body();
        long[] after = viewer.server().tileCacheStats();
        assertEquals(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(second, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(before[2] + 1, after[2], "one hit");
        assertEquals(before[3] + 1, after[3], "one miss");
        assertNotEquals(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1), new String(
                viewer.http().get(url.replace("vmax=20", "vmax=30")).body(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static void assertTilesMatch(String layer, int z, int level, double vmin, double vmax) throws IOException {
        boolean relief = layer.equals("hillshade");
        double[][] gdal = relief ? viewer.mosaic().hillshade("dem", level) : viewer.mosaic().level(layer, level);
        int rows = (int) gdal[0][0];
        int cols = (int) gdal[0][1];
        double res = 64.0 * (1 << level);
        TileAssertions.Raster ref = new TileAssertions.Raster(gdal[1], rows, cols, TestMosaic.X0, TestMosaic.Y0, res);
        double size = 256 * PolarTileGrid.resolution(z);
        int firstX = (int) Math.floor((ref.x0() + 4194304) / size);
        int lastX = (int) Math.floor((ref.x0() + cols * res - 1 + 4194304) / size);
        int firstY = (int) Math.floor((4194304 - ref.y0()) / size);
        int lastY = (int) Math.floor((4194304 - (ref.y0() - rows * res) - 1) / size);
        TileAssertions.Count n = new TileAssertions.Count(0, 0, 0);
        for (int ty = firstY; ty <= lastY; ty++) {
            for (int tx = firstX; tx <= lastX; tx++) {
                HttpResponse<byte[]> r = viewer.http().get("/tiles/" + z + "/" + tx + "/" + ty + ".png?layer=" + layer
                        + "&colormap=gray&vmin=" + vmin + "&vmax=" + vmax);
                assertEquals(200, r.statusCode(), () -> new String(r.body()));
                assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
                n = n.plus(TileAssertions.assertTile(png(r), layer, z, tx, ty, ref, vmin, vmax, relief));
            }
        }
        assertTrue(n.compared() >= 65536 && n.transparent() > 0 && n.transparent() < n.compared(), n.toString());
        assertTrue(n.offByOne() <= n.compared() / 1000, n.offByOne() + " hillshade bytes off by one");
    }

    static BufferedImage png(HttpResponse<byte[]> r) throws IOException {
        assertEquals(200, r.statusCode(), () -> new String(r.body()));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }
}
