package nunatak.mosaic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class UriTemplateTest {
    @Test
    void expandsPythonStyleIntegerSpecs() {
        UriTemplate t = UriTemplate.parse("gs://pangeo-pgc/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif");
        assertEquals("gs://pangeo-pgc/8m/40_07/40_07_8m_dem_COG_LZW.tif", t.expand(40, 7));
        assertEquals(List.of("i", "j"), t.names());
        assertEquals("7|  7|007|{x}", UriTemplate.parse("{j}|{j:3d}|{j:03}|{{x}}").expand(Map.of("j", 7)));
        assertEquals("-05", UriTemplate.parse("{i:03d}").expand(Map.of("i", -5)));
    }

    @Test
    void rejectsWhatPythonWouldNotFormatAsAnInteger() {
        assertThrows(InvalidArgumentException.class, () -> UriTemplate.parse("{i:.2f}"));
        assertThrows(InvalidArgumentException.class, () -> UriTemplate.parse("{i"));
        assertThrows(InvalidArgumentException.class, () -> UriTemplate.parse("{k}").expand(1, 2));
    }
}
