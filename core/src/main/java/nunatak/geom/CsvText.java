package nunatak.geom;

import java.io.StringReader;
import java.util.List;

/**
 * CSV text helpers: quoting a record as RFC 4180 writes it, and splitting one record's text into fields.
 *
 * <pre>{@code
 * String line = CsvText.record(List.of("Ross, east", "12"));   // "\"Ross, east\",12"
 * }</pre>
 */
public final class CsvText {
    private CsvText() {
    }

    /** One record: fields joined by commas, quoted where they hold a comma, a quote or a line break. */
    public static String record(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.toString();
    }

    static List<String> fields(String recordText) {
        CsvRecords.CsvRecord r = new CsvRecords(new StringReader(recordText), "header").next();
        return r == null ? List.of() : r.fields();
    }
}
