package nunatak.plot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;

/**
 * A matplotlib colour map: 256 colours, looked up exactly as matplotlib does (index = ⌊v·256⌋, v = 1 → 255,
 * below 0 → first colour, above 1 → last colour). The tables are matplotlib's own, exported by
 * {@code plot/tools/export_colormaps.py}; a name ending in {@code _r} reverses the map.
 *
 * <pre>{@code
 * Colormap terrain = Colormap.named("terrain");
 * int argb = terrain.argb(0.5);          // the colour matplotlib paints for the middle of the range
 * Colormap.names();                      // [terrain, gist_earth, viridis, cividis, ...]
 * }</pre>
 */
public final class Colormap {
    public static final int SIZE = 256;
    private static final Map<String, int[]> TABLES = load();

    private final String name;
    private final int[] argb;

    private Colormap(String name, int[] argb) {
        this.name = name;
        this.argb = argb;
    }

    /** The map called {@code name} (case-sensitive, as in matplotlib), or its reverse with suffix {@code _r}. */
    public static Colormap named(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("colour map name is empty; use one of " + names());
        }
        boolean reversed = name.endsWith("_r");
        String base = reversed ? name.substring(0, name.length() - 2) : name;
        int[] table = TABLES.get(base);
        if (table == null) {
            throw new InvalidArgumentException("unknown colour map '" + name + "'; use one of " + names()
                    + " (append _r to reverse one)");
        }
        int[] copy = table.clone();
        if (reversed) {
            for (int i = 0; i < SIZE / 2; i++) {
                int t = copy[i];
                copy[i] = copy[SIZE - 1 - i];
                copy[SIZE - 1 - i] = t;
            }
        }
        return new Colormap(name, copy);
    }

    /** The available base names, in the order of the embedded table. */
    public static List<String> names() {
        return List.copyOf(TABLES.keySet());
    }

    public String name() {
        return name;
    }

    /** Opaque ARGB colour of table entry {@code index} (0..255). */
    public int entry(int index) {
        return argb[index];
    }

    /** Colour for a value normalised to [0, 1]; NaN is the caller's business (see {@link PlotOptions#nanColor()}). */
    public int argb(double normalized) {
        return argb[index(normalized)];
    }

    /** matplotlib's {@code Colormap.__call__} index rule for floats. */
    static int index(double normalized) {
        double v = normalized * SIZE;
        if (v < 0) {
            return 0;
        }
        if (v >= SIZE) {
            return SIZE - 1;
        }
        return (int) v;
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> out = new LinkedHashMap<>();
        try (InputStream in = Colormap.class.getResourceAsStream("colormaps.txt")) {
            if (in == null) {
                throw new IllegalStateException("colormaps.txt missing from the nunatak-plot jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                if (parts.length != SIZE + 1) {
                    throw new IllegalStateException("colormaps.txt: '" + parts[0] + "' has " + (parts.length - 1)
                            + " colours, expected " + SIZE);
                }
                int[] table = new int[SIZE];
                for (int i = 0; i < SIZE; i++) {
                    table[i] = 0xFF000000 | Integer.parseInt(parts[i + 1], 16);
                }
                out.put(parts[0], table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
