package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which SLF4J backend a command gets: Log4j only where Spark runs (it configures Log4j and expects it). */
class StartupSettingsTest {
    @Test
    void onlyAnEngineOtherThanLocalGetsLog4j() {
        assertFalse(StartupSettings.usesSpark(new String[] {"coarsen", "--template", "t", "--factor", "10"}));
        assertFalse(StartupSettings.usesSpark(new String[] {"coarsen", "--engine", "local"}));
        assertFalse(StartupSettings.usesSpark(new String[] {"coarsen", "--engine=local"}));
        assertFalse(StartupSettings.usesSpark(new String[] {"coarsen", "--engine"}));
        assertTrue(StartupSettings.usesSpark(new String[] {"coarsen", "--engine", "spark", "--master", "local[2]"}));
        assertTrue(StartupSettings.usesSpark(new String[] {"notebook", "--engine=spark"}));
    }
}
