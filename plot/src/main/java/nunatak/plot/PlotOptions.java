package nunatak.plot;

import java.awt.Color;
import java.nio.file.Path;
import nunatak.InvalidArgumentException;

/**
 * How to draw a figure. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * PlotOptions o = PlotOptions.defaults()
 *         .withSizeInches(8, 6.5).withDpi(150)       // 1200 × 975 pixels, fonts and lines scaled like matplotlib
 *         .withColormap("gist_earth")
 *         .withColorLimits(ColorLimits.robust())
 *         .withNanColor(PlotOptions.NAN_GREY)        // default: NaN left transparent (white axes show)
 *         .withHillshade(Hillshade.standard());
 * }</pre>
 *
 * @param size        figure size; null = the figure's default ({@link #MAP_SIZE} or {@link #PROFILE_SIZE})
 * @param dpi         pixels per inch; scales fonts (10 pt ticks, 12 pt title) and lines as matplotlib does
 * @param colormap    a {@link Colormap} name such as {@code terrain} (the default), {@code viridis}, {@code magma_r}
 * @param colorLimits how the colour range is chosen (default: data min .. max)
 * @param nanColor    colour of NaN pixels in maps; null (the default) leaves them transparent, so the white axes
 *                    background shows through, as in matplotlib and xarray
 * @param hillshade   relief shading blended into map colours, or null for none (the default)
 * @param format      output format; null = from the file extension, PNG when there is none
 */
public record PlotOptions(FigureSize size, double dpi, String colormap, ColorLimits colorLimits, Color nanColor,
        Hillshade hillshade, OutputFormat format) {

    /** matplotlib's default figure DPI. */
    public static final double DEFAULT_DPI = 100;
    public static final FigureSize MAP_SIZE = FigureSize.inches(7.5, 6);
    public static final FigureSize PROFILE_SIZE = FigureSize.inches(10, 4);
    /** A neutral NaN colour that none of the embedded colour maps uses for data. */
    public static final Color NAN_GREY = new Color(0xBDBDBD);

    public PlotOptions {
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new InvalidArgumentException("dpi " + dpi + " is out of range; use 10 to 2400 (100 is matplotlib's "
                    + "default, 150-300 for print)");
        }
        colormap = colormap == null ? "terrain" : Colormap.named(colormap).name();
        colorLimits = colorLimits == null ? ColorLimits.auto() : colorLimits;
        if (size != null) {
            size.check(dpi);
        }
    }

    public static PlotOptions defaults() {
        return new PlotOptions(null, DEFAULT_DPI, "terrain", ColorLimits.auto(), null, null, null);
    }

    public PlotOptions withSize(FigureSize newSize) {
        return new PlotOptions(newSize, dpi, colormap, colorLimits, nanColor, hillshade, format);
    }

    public PlotOptions withSizeInches(double width, double height) {
        return withSize(FigureSize.inches(width, height));
    }

    public PlotOptions withSizePixels(int width, int height) {
        return withSize(FigureSize.pixels(width, height));
    }

    public PlotOptions withDpi(double newDpi) {
        return new PlotOptions(size, newDpi, colormap, colorLimits, nanColor, hillshade, format);
    }

    public PlotOptions withColormap(String name) {
        return new PlotOptions(size, dpi, name, colorLimits, nanColor, hillshade, format);
    }

    public PlotOptions withColorLimits(ColorLimits limits) {
        return new PlotOptions(size, dpi, colormap, limits, nanColor, hillshade, format);
    }

    /** NaN pixels painted in this colour; null keeps them transparent. */
    public PlotOptions withNanColor(Color color) {
        return new PlotOptions(size, dpi, colormap, colorLimits, color, hillshade, format);
    }

    public PlotOptions withHillshade(Hillshade shade) {
        return new PlotOptions(size, dpi, colormap, colorLimits, nanColor, shade, format);
    }

    public PlotOptions withFormat(OutputFormat newFormat) {
        return new PlotOptions(size, dpi, colormap, colorLimits, nanColor, hillshade, newFormat);
    }

    /** The size to draw at: the option, or the figure kind's default. */
    FigureSize sizeOr(FigureSize fallback) {
        FigureSize s = size == null ? fallback : size;
        s.check(dpi);
        return s;
    }

    /**
     * The format for writing {@code file}: the option, else the extension (.png or .svg), else PNG. An option
     * that contradicts the extension is refused rather than writing SVG into a {@code .png}.
     */
    OutputFormat formatFor(Path file) {
        if (format == null) {
            OutputFormat byName = OutputFormat.ofFileName(file);
            return byName == null ? OutputFormat.PNG : byName;
        }
        OutputFormat byName = OutputFormat.ofFileNameOrNull(file);
        if (byName != null && byName != format) {
            throw new InvalidArgumentException("output " + file + " has a ." + byName.extension()
                    + " extension but the format option says " + format.extension()
                    + "; change the extension or the option");
        }
        return format;
    }
}
