package nunatak.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EPSG code a CRS definition declares for itself: "EPSG:3031", or the {@code AUTHORITY["EPSG","3031"]}
 * (WKT1) / {@code ID["EPSG",3031]} (WKT2) that is a direct child of the outermost node, not of a datum or unit
 * inside it. Null when the definition names no EPSG code (a PROJ string, a custom CRS).
 */
final class WktAuthority {
    private static final Pattern CODE = Pattern.compile("\\s*EPSG:(\\d+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?:AUTHORITY|ID)\\s*[\\[(]\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?", Pattern.CASE_INSENSITIVE);

    private WktAuthority() {
    }

    static Integer epsg(String srs) {
        if (srs == null || srs.isBlank()) {
            return null;
        }
        Matcher code = CODE.matcher(srs);
        if (code.matches()) {
            return Integer.parseInt(code.group(1));
        }
        Integer found = null;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < srs.length(); i++) {
            char c = srs.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')')) {
                depth--;
            } else if (!quoted && depth == 1 && (c == 'A' || c == 'I' || c == 'a' || c == 'i')
                    && (i == 0 || !Character.isLetterOrDigit(srs.charAt(i - 1)))) {
                Matcher m = AUTHORITY.matcher(srs).region(i, srs.length());
                if (m.lookingAt()) {
                    found = Integer.parseInt(m.group(1));
                }
            }
        }
        return found;
    }
}
