package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad inputs and options fail early with a message that says what to change. */
class InputValidationTest {
    private static final double[] X = {0, 400, 800};
    private static final double[] Y = {800, 400};

    private static void rejects(String expectedInMessage, Executable e) {
        InvalidArgumentException ex = assertThrows(InvalidArgumentException.class, e);
        assertTrue(ex.getMessage().contains(expectedInMessage), ex.getMessage());
    }

    @Test
    void mapInputs() {
        rejects("y.length × x.length", () -> MapData.of(X, Y, new double[5]));
        rejects("evenly spaced", () -> MapData.of(new double[] {0, 400, 900}, Y, new double[6]));
        rejects("evenly spaced", () -> MapData.of(new double[] {0, 400, 400}, Y, new double[6]));
        rejects("at least 2", () -> MapData.of(new double[] {0}, Y, new double[2]));
        rejects("finite", () -> MapData.of(new double[] {0, Double.NaN, 800}, Y, new double[6]));
    }

    @Test
    void profileInputs() {
        rejects("as many positions", () -> ProfileData.of(new double[] {0, 1}, new double[] {1}));
        rejects("empty", () -> ProfileData.of(new double[0], new double[0]));
        rejects("finite", () -> ProfileData.of(new double[] {0, Double.NaN}, new double[] {1, 2}));
    }

    @Test
    void options() {
        PlotOptions o = PlotOptions.defaults();
        rejects("dpi", () -> o.withDpi(0));
        rejects("unknown colour map", () -> o.withColormap("rainbow"));
        rejects("positive", () -> o.withSizeInches(-1, 4));
        rejects("megapixels", () -> o.withSizeInches(200, 200).withDpi(600));
        rejects("png or svg", () -> OutputFormat.parse("jpeg"));
        MapData tiny = MapData.of(X, Y, new double[6]).withTitle("t").withVariable("elevation", "m");
        rejects("larger", () -> Plots.renderMap(tiny, o.withSizePixels(40, 40)));
    }
}
