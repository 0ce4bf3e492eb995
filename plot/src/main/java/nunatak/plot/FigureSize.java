package nunatak.plot;

import nunatak.InvalidArgumentException;

/**
 * The size of a figure, in inches (matplotlib's {@code figsize}: pixels = inches × DPI, so a higher DPI makes
 * a bigger image with the same layout) or in pixels (fixed image size: a higher DPI makes text and lines
 * bigger within it).
 *
 * <pre>{@code
 * PlotOptions wide = PlotOptions.defaults().withSize(FigureSize.inches(12, 4)).withDpi(100);   // 1200 x 400 pixels
 * PlotOptions fixed = PlotOptions.defaults().withSize(FigureSize.pixels(800, 600));
 * }</pre>
 */
public record FigureSize(double width, double height, Unit unit) {
    public enum Unit { INCHES, PIXELS }

    /** Largest image we agree to allocate (about 400 MB as ARGB); bigger requests are almost surely mistakes. */
    static final long MAX_PIXELS = 100_000_000L;

    public FigureSize {
        if (unit == null) {
            throw new InvalidArgumentException("figure size unit is missing; use INCHES or PIXELS");
        }
        if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new InvalidArgumentException("figure size " + width + " × " + height + " " + unit.name().toLowerCase()
                    + " must be positive, e.g. 8 × 6 inches or 800 × 600 pixels");
        }
    }

    public static FigureSize inches(double width, double height) {
        return new FigureSize(width, height, Unit.INCHES);
    }

    public static FigureSize pixels(int width, int height) {
        return new FigureSize(width, height, Unit.PIXELS);
    }

    int widthPx(double dpi) {
        return toPx(width, dpi);
    }

    int heightPx(double dpi) {
        return toPx(height, dpi);
    }

    /** The figure in inches at a DPI (what SVG declares as its physical size). */
    double widthInches(double dpi) {
        return unit == Unit.INCHES ? width : width / dpi;
    }

    double heightInches(double dpi) {
        return unit == Unit.INCHES ? height : height / dpi;
    }

    /** Rejects sizes that cannot hold a figure or would not fit in memory. */
    void check(double dpi) {
        long w = widthPx(dpi);
        long h = heightPx(dpi);
        if (w < 16 || h < 16 || w * h > MAX_PIXELS) {
            throw new InvalidArgumentException("figure of " + w + " × " + h + " pixels (" + this + " at " + dpi
                    + " dpi) is not drawable; keep each side at least 16 pixels and the total under "
                    + MAX_PIXELS / 1_000_000 + " megapixels");
        }
    }

    private int toPx(double v, double dpi) {
        return (int) Math.round(unit == Unit.INCHES ? v * dpi : v);
    }

    @Override
    public String toString() {
        return width + " × " + height + " " + unit.name().toLowerCase();
    }
}
