package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Expected colours are matplotlib 3.6's {@code colormaps[name](i, bytes=True)}. */
class ColormapTest {

    private static String hex(int argb) {
        return String.format("%06x", argb & 0xFFFFFF);
    }

    @Test
    void tablesAreMatplotlibs() {
        assertEquals("440154", hex(Colormap.named("viridis").entry(0)));
        assertEquals("20908c", hex(Colormap.named("viridis").entry(128)));
        assertEquals("fde724", hex(Colormap.named("viridis").entry(255)));
        assertEquals("333399", hex(Colormap.named("terrain").entry(0)));
        assertEquals("fefd98", hex(Colormap.named("terrain").entry(128)));
        assertEquals("ffffff", hex(Colormap.named("terrain").entry(255)));
        assertEquals("5da04b", hex(Colormap.named("gist_earth").entry(128)));
        assertEquals("b63679", hex(Colormap.named("magma").entry(128)));
        assertTrue(Colormap.names().containsAll(java.util.List.of("terrain", "gist_earth", "viridis", "cividis")));
    }

    @Test
    void lookupFollowsMatplotlibsIndexRule() {
        Colormap v = Colormap.named("viridis");
        assertEquals("20908c", hex(v.argb(0.5)));
        assertEquals("fde724", hex(v.argb(0.999)));
        assertEquals("fde724", hex(v.argb(1.0)));
        assertEquals("fde724", hex(v.argb(7.0)));
        assertEquals("440255", hex(v.argb(0.00390625)));
        assertEquals("440154", hex(v.argb(0.0039)));
        assertEquals("440154", hex(v.argb(-3.0)));
    }

    @Test
    void suffixReverses() {
        assertEquals(Colormap.named("terrain").entry(0), Colormap.named("terrain_r").entry(255));
        assertEquals(Colormap.named("terrain").entry(100), Colormap.named("terrain_r").entry(155));
    }

    @Test
    void unknownNameListsTheChoices() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Colormap.named("jet"));
        assertTrue(e.getMessage().contains("'jet'") && e.getMessage().contains("terrain"), e.getMessage());
    }
}
