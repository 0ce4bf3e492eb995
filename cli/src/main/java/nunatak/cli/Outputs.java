package nunatak.cli;

import java.nio.file.Path;
import nunatak.InvalidArgumentException;
import nunatak.array.ArrayCsv;
import nunatak.array.ArrayGeoTiff;
import nunatak.array.ArrayJson;
import nunatak.array.DataArray;
import nunatak.array.Labels;

/** Writes a computed array in the format its file name asks for. */
final class Outputs {
    private Outputs() {
    }

    /** "750200 m", or "712345.6 m". */
    static String metres(double v) {
        return Labels.plain(v) + " m";
    }

    static void write(DataArray a, Path out) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (out.getParent() != null) {
            try {
                java.nio.file.Files.createDirectories(out.getParent());
            } catch (java.io.IOException e) {
                throw new nunatak.NunatakException(out + ": cannot create its directory: " + e.getMessage(), e);
            }
        }
        if (name.endsWith(".json")) {
            ArrayJson.write(a, out);
        } else if (name.endsWith(".csv")) {
            ArrayCsv.write(a, out);
        } else if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            ArrayGeoTiff.write(a, out);
        } else {
            throw new InvalidArgumentException(out + ": unknown output format; use .tif, .json or .csv");
        }
    }
}
