package nunatak.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast row renderer gives exactly the terrain function, whatever the pixel size and window. */
class TerrainTest {

    @ParameterizedTest
    @ValueSource(doubles = {2, 8, 32, 400, 1000})
    void rowsRenderExactlyTheFunction(double res) {
        Terrain terrain = new Terrain(3);
        int width = res >= 400 ? 200 : 700;
        int height = res >= 400 ? 60 : 300;
        double left = -1_012_345 + res / 3;
        double top = 871_234;
        TerrainRows rows = new TerrainRows(terrain, left, top, res, width);
        float[] row = new float[width];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int r = 0; r < height; r++) {
            rows.render(r, row, 0);
            for (int k = 0; k < 5; k++) {
                int c = rnd.nextInt(width);
                float direct = (float) terrain.elevation(left + (c + 0.5) * res, top - (r + 0.5) * res);
                int rr = r;
                assertEquals(Float.floatToIntBits(direct), Float.floatToIntBits(row[c]),
                        () -> "pixel " + rr + "," + c + " at " + res + " m: " + row[c] + " vs " + direct);
            }
        }
    }

    /** Along a 1 m transect across mountains and tile edges the surface never jumps, except at coast and voids. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1})
    void surfaceIsContinuous(long seed) {
        int width = 120_000;
        TerrainRows rows = new TerrainRows(new Terrain(seed), -1_060_000, 760_000, 1, width);
        float[] h = new float[width];
        rows.render(0, h, 0);
        int jumps = 0;
        int land = 0;
        for (int c = 1; c < width; c++) {
            boolean special = h[c] <= 0 || h[c - 1] <= 0;
            land += special ? 0 : 1;
            if (!special && Math.abs(h[c] - h[c - 1]) > 10) {
                jumps++;
            }
        }
        assertTrue(land > width / 2, "the transect should cross land");
        assertEquals(0, jumps, "jumps of more than 10 m between pixels 1 m apart");
    }
}
