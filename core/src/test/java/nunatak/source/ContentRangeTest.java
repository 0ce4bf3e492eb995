package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentRangeTest {

    @Test
    void aSpanWithItsTotal() {
        ContentRange cr = ContentRange.parse("bytes 0-16383/1048576");
        assertEquals(new ContentRange(0, 16383, 1048576), cr);
        assertEquals(16384, cr.length());
    }

    @Test
    void anUnknownTotal() {
        assertEquals(new ContentRange(100, 199, -1), ContentRange.parse("bytes 100-199/*"));
    }

    @Test
    void theUnsatisfiedFormOf416() {
        ContentRange cr = ContentRange.parse("bytes */5000");
        assertEquals(new ContentRange(-1, -1, 5000), cr);
        assertEquals(0, cr.length());
    }

    @Test
    void spacesAndUnitCaseAreTolerated() {
        assertEquals(new ContentRange(0, 0, 1), ContentRange.parse("  Bytes 0 - 0 / 1 "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bytes", "bytes=0-9/10", "items 0-9/10", "bytes 0-9", "bytes 9-0/10", "bytes 0-10/10",
            "bytes -1-9/10", "bytes 0-+9/10", "bytes 0-9/-10", "bytes a-b/c", "bytes */*", "bytes 0-9/10/11",
            "bytes 99999999999999999999-1/2"})
    void malformedOrContradictoryHeadersAreNotTrusted(String header) {
        assertNull(ContentRange.parse(header));
    }
}
