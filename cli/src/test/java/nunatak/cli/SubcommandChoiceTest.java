package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A run registers only the subcommand it names; the help, "help" and a typo still see them all. */
class SubcommandChoiceTest {
    @Test
    void theFirstArgumentThatIsNotAnOptionNamesTheSubcommand() {
        assertEquals("coarsen", Main.subcommandNamed(new String[] {"coarsen", "--factor", "10"}));
        assertEquals("info", Main.subcommandNamed(new String[] {"--stacktrace", "info", "a.tif"}));
        assertNull(Main.subcommandNamed(new String[] {"help", "info"}));
        assertNull(Main.subcommandNamed(new String[] {"coarsn"}));
        assertNull(Main.subcommandNamed(new String[] {"--help"}));
        assertNull(Main.subcommandNamed(new String[0]));
    }

    @Test
    void theHelpListsEverySubcommandAndATypoGetsASuggestion() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--help"));
        for (Class<?> c : Main.COMMANDS) {
            String name = Main.nameOf(c);
            assertTrue(out.toString().contains("\n  " + name + " "), () -> name + " missing from " + out);
        }
        assertEquals(2, Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "coarsn"));
        assertTrue(err.toString().contains("Did you mean: nunatak coarsen?"), err::toString);
    }
}
