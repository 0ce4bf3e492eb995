package nunatak.source;

/**
 * A parsed {@code Content-Range} header: {@code bytes first-last/total} (total -1 when "*"), or for a 416
 * answer {@code bytes *}{@code /total} (first = last = -1).
 */
record ContentRange(long first, long last, long total) {

    static ContentRange parse(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (!h.startsWith("bytes ")) {
            return null;
        }
        String spec = h.substring(6).trim();
        int slash = spec.indexOf('/');
        if (slash < 0) {
            return null;
        }
        try {
            String totalPart = spec.substring(slash + 1).trim();
            long total = totalPart.equals("*") ? -1 : Long.parseLong(totalPart);
            String span = spec.substring(0, slash).trim();
            if (span.equals("*")) {
                return new ContentRange(-1, -1, total);
            }
            int dash = span.indexOf('-');
            if (dash < 0) {
                return null;
            }
            return new ContentRange(Long.parseLong(span.substring(0, dash)), Long.parseLong(span.substring(dash + 1)), total);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    long length() {
        return first < 0 ? 0 : last - first + 1;
    }
}
