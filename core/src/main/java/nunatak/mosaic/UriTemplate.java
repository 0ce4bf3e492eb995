package nunatak.mosaic;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.InvalidArgumentException;

/**
 * A path or URI with Python-style placeholders, as the Pangeo notebook writes them:
 * {@code gs://pangeo-pgc/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif}. Placeholders are
 * {@code {name}} or {@code {name:spec}} with an integer spec of the form {@code [0][width]d}; {@code {{}}
 * and {@code }}} are literal braces.
 *
 * <pre>{@code
 * UriTemplate t = UriTemplate.parse("{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif");
 * t.expand(Map.of("i", 40, "j", 7));   // "40_07/40_07_8m_dem_COG_LZW.tif"
 * }</pre>
 */
public final class UriTemplate implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern FIELD = Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}|[{}]");
    private static final Pattern INT_SPEC = Pattern.compile("(0?)(\\d*)d?");

    private record Part(String literal, String name, boolean zeroPad, int width) implements Serializable {
    }

    private final String text;
    private final List<Part> parts;

    private UriTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    public static UriTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        int last = 0;
        StringBuilder literal = new StringBuilder();
        while (m.find()) {
            literal.append(text, last, m.start());
            last = m.end();
            String tok = m.group();
            if (tok.equals("{{")) {
                literal.append('{');
            } else if (tok.equals("}}")) {
                literal.append('}');
            } else if (m.group(1) == null) {
                throw new InvalidArgumentException("template '" + text + "': unbalanced '" + tok + "' at position "
                        + m.start() + "; write {{ or }} for a literal brace");
            } else {
                String spec = m.group(2) == null ? "" : m.group(2);
                Matcher sm = INT_SPEC.matcher(spec);
                if (!sm.matches()) {
                    throw new InvalidArgumentException("template '" + text + "': format spec '" + spec + "' of {"
                            + m.group(1) + "} is not supported; use d, 02d, 3d and the like");
                }
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), null, false, 0));
                    literal.setLength(0);
                }
                int width = sm.group(2).isEmpty() ? 0 : Integer.parseInt(sm.group(2));
                parts.add(new Part(null, m.group(1), !sm.group(1).isEmpty(), width));
            }
        }
        literal.append(text.substring(last));
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null, false, 0));
        }
        return new UriTemplate(text, parts);
    }

    /** The placeholder names, in order of first appearance. */
    public List<String> names() {
        return parts.stream().filter(p -> p.name() != null).map(Part::name).distinct().toList();
    }

    /** Expands integer placeholders by their format spec and text placeholders ({@code {asset}}) verbatim. */
    public String expand(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.literal() != null) {
                sb.append(p.literal());
                continue;
            }
            Object v = values.get(p.name());
            if (v == null) {
                throw new InvalidArgumentException("template '" + text + "' uses {" + p.name()
                        + "} but only " + values.keySet() + " are given");
            }
            if (v instanceof Integer n) {
                appendInt(sb, p, n);
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    private static void appendInt(StringBuilder sb, Part p, int v) {
        String digits = Integer.toString(Math.abs(v));
        int pad = p.width() - digits.length() - (v < 0 ? 1 : 0);
        if (v < 0) {
            sb.append('-');
        }
        if (pad > 0) {
            sb.append((p.zeroPad() ? "0" : " ").repeat(pad));
        }
        sb.append(digits);
    }

    /** Expands a template over REMA-style tile indices. */
    public String expand(int i, int j) {
        return expand(Map.of("i", i, "j", j));
    }

    @Override
    public String toString() {
        return text;
    }
}
