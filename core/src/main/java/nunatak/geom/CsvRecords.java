package nunatak.geom;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import nunatak.BadContentException;
import nunatak.SourceIOException;

/**
 * Reads CSV records as RFC 4180 writes them (commas, fields quoted with {@code "}, {@code ""} for a quote, line
 * breaks inside quotes, CRLF, LF or CR endings), keeping each record's exact text next to its parsed fields so an
 * output can repeat it verbatim. Blank lines are skipped; a leading byte-order mark is dropped.
 */
final class CsvRecords implements AutoCloseable {
    /** One record: its text without the line ending, its fields, and the line it starts on (1-based). */
    record CsvRecord(String raw, List<String> fields, long line) {
    }

    private final Reader in;
    private final String source;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private boolean first = true;

    CsvRecords(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (first && c == '\uFEFF') {
                pos++;
                first = false;
                continue;
            }
            first = false;
            if (c == '\n' || c == '\r') {
                endOfLine();
                continue;
            }
            return record();
        }
    }

    private CsvRecord record() {
        long startLine = line;
        StringBuilder raw = new StringBuilder(64);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = peek();
            if (c < 0) {
                if (quoted) {
                    throw new BadContentException(source + ": the quoted field opened on line " + startLine + " is "
                            + "never closed; close it with \" (write \"\" for a quote inside a field)");
                }
                break;
            }
            if (quoted) {
                pos++;
                raw.append((char) c);
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        raw.append('"');
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                endOfLine();
                break;
            }
            pos++;
            raw.append((char) c);
            if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else {
                field.append((char) c);
            }
        }
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return new CsvRecord(raw.toString(), fields, startLine);
    }

    private void endOfLine() {
        int c = peek();
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int peek() {
        if (pos == len) {
            try {
                len = in.read(buf, 0, buf.length);
            } catch (IOException e) {
                throw new SourceIOException(source + ": read failed: " + e.getMessage(), e);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new SourceIOException(source + ": close failed: " + e.getMessage(), e);
        }
    }
}
