package nunatak.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;

/**
 * Draws maps and profiles as PNG or SVG figures that look like the matplotlib/xarray ones of the REMA notebook.
 * Works headless ({@code java.awt.headless=true}); thread-safe (figures share no state).
 *
 * <pre>{@code
 * DataArray coarse = dem.where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10)).mean().compute();
 * double[] x = coarse.coord("x"), y = coarse.coord("y");   // pixel centres in metres
 * float[] values = coarse.toFloatArray();                  // row-major, NaN = no data
 * MapData map = MapData.of(x, y, values)
 *         .withTitle("REMA 400 m, 10 × 10 mean")
 *         .withVariable("elevation above sea level", "m a.s.l.")
 *         .withCrs("EPSG:3031");
 * Plots.saveMap(map, PlotOptions.defaults(), Path.of("map.png"));
 *
 * float[] row = dem.sel("y", 750000, DataArray.Method.NEAREST).toFloatArray();
 * ProfileData line = ProfileData.of(dem.coord("x"), row)
 *         .withTitle("Profile along y = 750000 m")
 *         .withPosition("x", "EPSG:3031")
 *         .withVariable("elevation above sea level", "m a.s.l.");
 * Plots.saveProfile(line, PlotOptions.defaults().withDpi(150), Path.of("profile.svg"));  // SVG by extension
 * }</pre>
 *
 * Bad options or inputs raise {@link InvalidArgumentException}; failures to write raise
 * {@link NunatakException} naming the file.
 */
public final class Plots {
    private Plots() {
    }

    /** Writes a map figure to {@code file}, as PNG or SVG by the format option or the file extension. */
    public static Path saveMap(MapData map, PlotOptions options, Path file) {
        return save(new MapFigure(map, options), options, file);
    }

    /** Writes a profile figure to {@code file}, as PNG or SVG by the format option or the file extension. */
    public static Path saveProfile(ProfileData profile, PlotOptions options, Path file) {
        return save(new ProfileFigure(profile), options, file);
    }

    /** Writes a map figure to a stream (not closed) in the given format. */
    public static void writeMap(MapData map, PlotOptions options, OutputFormat format, OutputStream out)
            throws IOException {
        FigureWriter.write(new MapFigure(map, options), options, format, out);
    }

    /** Writes a profile figure to a stream (not closed) in the given format. */
    public static void writeProfile(ProfileData profile, PlotOptions options, OutputFormat format, OutputStream out)
            throws IOException {
        FigureWriter.write(new ProfileFigure(profile), options, format, out);
    }

    /**
     * Draws an array (a map for 2-D, a profile for 1-D) to a PNG in the temporary directory and opens it where a
     * desktop can (in JShell, a notebook's {@code .plot()}); returns the file, which headless sessions can open
     * themselves.
     */
    public static Path show(nunatak.array.DataArray a) {
        return show(a, PlotOptions.defaults());
    }

    public static Path show(nunatak.array.DataArray a, PlotOptions options) {
        Path file;
        try {
            file = Files.createTempFile("nunatak-", ".png");
        } catch (IOException e) {
            throw new NunatakException("could not create a file for the figure: " + e.getMessage(), e);
        }
        ArrayFigures.save(a, options, file);
        Desktops.open(file);
        return file;
    }

    /** The map figure as an image, e.g. to show in a window or compose with others. */
    public static BufferedImage renderMap(MapData map, PlotOptions options) {
        return FigureWriter.raster(new MapFigure(map, options), options);
    }

    public static BufferedImage renderProfile(ProfileData profile, PlotOptions options) {
        return FigureWriter.raster(new ProfileFigure(profile), options);
    }

    private static Path save(Figure figure, PlotOptions options, Path file) {
        OutputFormat format = options.formatFor(file);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidArgumentException("cannot write " + file + ": directory " + parent
                    + " does not exist; create it first");
        }
        // Write beside the target and move into place, so a failed render never leaves half a figure.
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                FigureWriter.write(figure, options, format, out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new NunatakException("cannot write figure " + file + ": " + e.getMessage()
                    + " (check the path and free space)", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the move or the error above is what matters
            }
        }
    }
}
