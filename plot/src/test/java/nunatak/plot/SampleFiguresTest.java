package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Renders the review samples from rema-mini into target/plot-samples (the assertions on such figures live
 * in the other tests): the notebook's two pictures, plus the main options.
 */
class SampleFiguresTest {

    @Test
    void writesSamples() throws Exception {
        MapData map = RemaMini.coarseMap(10);
        ProfileData profile = RemaMini.profileNear(750_000);
        PlotOptions o = PlotOptions.defaults();
        assertTrue(Files.size(Plots.saveMap(map, o, SampleFiles.file("rema-mini-map.png"))) > 10_000);
        assertTrue(Files.size(Plots.saveProfile(profile, o, SampleFiles.file("rema-mini-profile.png"))) > 5_000);
        Plots.saveMap(map, o, SampleFiles.file("rema-mini-map.svg"));
        Plots.saveProfile(profile, o, SampleFiles.file("rema-mini-profile.svg"));
        Plots.saveMap(map, o.withHillshade(Hillshade.standard()), SampleFiles.file("rema-mini-map-hillshade.png"));
        Plots.saveMap(map, o.withColormap("viridis").withColorLimits(ColorLimits.robust())
                .withNanColor(PlotOptions.NAN_GREY), SampleFiles.file("rema-mini-map-viridis-robust.png"));
        // The notebook's scale: 500 × 500 coarse pixels over 400 km, at print resolution.
        MapData fine = RemaMini.coarseMap(2);
        Plots.saveMap(fine, o.withDpi(150).withColormap("gist_earth").withHillshade(Hillshade.standard()),
                SampleFiles.file("rema-mini-map-500px-150dpi.png"));
    }
}
