package nunatak.plot;

import java.nio.file.Path;
import java.util.Locale;
import nunatak.InvalidArgumentException;

/**
 * What a figure is written as: a PNG raster (default) or an SVG vector drawing with the map embedded.
 *
 * <pre>{@code
 * OutputFormat f = OutputFormat.ofFileName(Path.of("map.svg"));   // SVG
 * }</pre>
 */
public enum OutputFormat {
    PNG("png"), SVG("svg");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension; null without one; an error for other extensions. */
    public static OutputFormat ofFileName(Path file) {
        String ext = extensionOf(file);
        return ext == null ? null : parse(ext, "file " + file);
    }

    /** Like {@link #ofFileName(Path)} but null for extensions that are not figure formats. */
    static OutputFormat ofFileNameOrNull(Path file) {
        String ext = extensionOf(file);
        for (OutputFormat f : values()) {
            if (f.extension.equalsIgnoreCase(ext)) {
                return f;
            }
        }
        return null;
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : name.substring(dot + 1);
    }

    /** "png" or "svg", any case, as a CLI option gives it. */
    public static OutputFormat parse(String text) {
        return parse(text, "format");
    }

    private static OutputFormat parse(String text, String what) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(t)) {
                return f;
            }
        }
        throw new InvalidArgumentException(what + ": '" + text + "' is not a figure format; use png or svg"
                + (what.startsWith("file") ? " (or set the format option)" : ""));
    }
}
