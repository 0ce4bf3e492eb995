package nunatak.source;

/**
 * A parsed {@code Content-Range} header: {@code bytes first-last/total} (total -1 when "*"), or for a 416
 * answer {@code bytes *}{@code /total} (first = last = -1). Anything malformed or self-contradictory
 * (last before first, a span past the total) parses to null, so it is never trusted to slice bytes.
 */
record ContentRange(long first, long last, long total) {

    static ContentRange parse(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (!h.regionMatches(true, 0, "bytes ", 0, 6)) {
            return null;
        }
        String spec = h.substring(6).trim();
        int slash = spec.indexOf('/');
        if (slash < 0) {
            return null;
        }
        try {
            String totalPart = spec.substring(slash + 1).trim();
            long total = totalPart.equals("*") ? -1 : parseNonNegative(totalPart);
            String span = spec.substring(0, slash).trim();
            if (span.equals("*")) {
                return total < 0 ? null : new ContentRange(-1, -1, total);
            }
            int dash = span.indexOf('-');
            if (dash < 0) {
                return null;
            }
            long first = parseNonNegative(span.substring(0, dash).trim());
            long last = parseNonNegative(span.substring(dash + 1).trim());
            if (last < first || (total >= 0 && last >= total)) {
                return null;
            }
            return new ContentRange(first, last, total);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Digits only: Long.parseLong would also take a sign. */
    private static long parseNonNegative(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(digits);
        }
        return Long.parseLong(digits);
    }

    long length() {
        return first < 0 ? 0 : last - first + 1;
    }
}
