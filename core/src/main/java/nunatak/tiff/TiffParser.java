package nunatak.tiff;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nunatak.BadContentException;
import nunatak.source.ByteRange;
import nunatak.source.RangeReader;

/**
 * Parses the TIFF/BigTIFF header and the whole IFD chain. The first read is {@code headerBytes} long; for
 * GDAL's COGs everything lies inside it, so opening costs exactly one request. Directories or tag arrays
 * beyond it are fetched with as few extra requests as possible. Every offset and count is checked against
 * the file size before anything is allocated.
 */
final class TiffParser {
    static final int MAX_IFDS = 1024;
    static final long MAX_ENTRIES = 4096;
    private static final Set<Integer> RESOLVED = Set.of(Tag.NEW_SUBFILE_TYPE, Tag.IMAGE_WIDTH, Tag.IMAGE_LENGTH,
            Tag.BITS_PER_SAMPLE, Tag.COMPRESSION, Tag.PHOTOMETRIC, Tag.STRIP_OFFSETS, Tag.SAMPLES_PER_PIXEL,
            Tag.ROWS_PER_STRIP, Tag.STRIP_BYTE_COUNTS, Tag.PLANAR_CONFIGURATION, Tag.SOFTWARE, Tag.PREDICTOR,
            Tag.TILE_WIDTH, Tag.TILE_LENGTH, Tag.TILE_OFFSETS, Tag.TILE_BYTE_COUNTS, Tag.EXTRA_SAMPLES,
            Tag.SAMPLE_FORMAT, Tag.JPEG_TABLES, Tag.YCBCR_SUBSAMPLING, Tag.MODEL_PIXEL_SCALE, Tag.MODEL_TIEPOINT,
            Tag.MODEL_TRANSFORMATION,
            Tag.GEO_KEY_DIRECTORY, Tag.GEO_DOUBLE_PARAMS, Tag.GEO_ASCII_PARAMS, Tag.GDAL_METADATA, Tag.GDAL_NODATA);

    /** The parsed file: byte order, flavour, size, the directories and GDAL's structural metadata text. */
    record Parsed(ByteOrder order, boolean bigTiff, long fileLength, List<Ifd> ifds, String ghostHeader) {
    }

    private record Span(long offset, byte[] bytes) {
        boolean contains(long off, long len) {
            return off >= offset && off + len <= offset + bytes.length;
        }
    }

    private record Pending(int tag, FieldType type, long count, long offset) {
    }

    private final RangeReader reader;
    private final URI uri;
    private final List<Span> spans = new ArrayList<>();
    private ByteOrder order;
    private boolean big;
    private long fileLength;

    private TiffParser(RangeReader reader) {
        this.reader = reader;
        this.uri = reader.uri();
    }

    static Parsed parse(RangeReader reader, int headerBytes) {
        return new TiffParser(reader).run(headerBytes);
    }

    private Parsed run(int headerBytes) {
        byte[] head = reader.readUpTo(0, headerBytes);
        fileLength = reader.length();
        spans.add(new Span(0, head));
        if (head.length < 8) {
            throw bad("not a TIFF file: it has only " + head.length + " bytes");
        }
        if (head[0] == 'I' && head[1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (head[0] == 'M' && head[1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw bad("not a TIFF file: it starts with " + printable(head) + " instead of II or MM");
        }
        ByteBuffer hb = ByteBuffer.wrap(head).order(order);
        int version = hb.getShort(2) & 0xFFFF;
        long firstIfd;
        if (version == 42) {
            firstIfd = hb.getInt(4) & 0xFFFFFFFFL;
        } else if (version == 43) {
            big = true;
            if (head.length < 16 || hb.getShort(4) != 8) {
                throw bad("BigTIFF header is malformed (offset size must be 8)");
            }
            firstIfd = hb.getLong(8);
        } else {
            throw bad("not a TIFF file: version " + version + " (expected 42 for TIFF or 43 for BigTIFF)");
        }
        List<Ifd> ifds = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long next = firstIfd;
        while (next != 0) {
            if (!seen.add(next) || ifds.size() >= MAX_IFDS) {
                throw bad("the IFD chain loops or is absurdly long (at offset " + next + ")");
            }
            next = readIfd(ifds.size(), next, ifds);
        }
        if (ifds.isEmpty()) {
            throw bad("the file has no image directory");
        }
        return new Parsed(order, big, fileLength, ifds, ghostHeader(head));
    }

    /** Reads one directory, resolves the tags we use, and returns the next directory's offset. */
    private long readIfd(int index, long offset, List<Ifd> out) {
        int countSize = big ? 8 : 2;
        int entrySize = big ? 20 : 12;
        int nextSize = big ? 8 : 4;
        ensure(offset, countSize, "IFD " + index + " at offset " + offset);
        ByteBuffer b = bufferAt(offset, countSize);
        long count = big ? b.getLong() : b.getShort() & 0xFFFF;
        if (count < 0 || count > MAX_ENTRIES) {
            throw bad("IFD " + index + " at offset " + offset + " claims " + count + " entries");
        }
        long dirLen = countSize + count * entrySize + nextSize;
        ensure(offset, dirLen, "IFD " + index + " at offset " + offset);
        ByteBuffer d = bufferAt(offset + countSize, (int) (count * entrySize + nextSize));
        Map<Integer, Ifd.Value> values = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        int inline = big ? 8 : 4;
        for (int i = 0; i < count; i++) {
            int tag = d.getShort() & 0xFFFF;
            int typeCode = d.getShort() & 0xFFFF;
            long n = big ? d.getLong() : d.getInt() & 0xFFFFFFFFL;
            int valuePos = d.position();
            d.position(valuePos + inline);
            FieldType type = FieldType.of(typeCode);
            if (type == null) {
                continue; // libtiff also skips entries of unknown type
            }
            if (n < 0 || n > fileLength / type.size + 8) {
                throw bad(Tag.describe(tag) + " in IFD " + index + " claims " + n + " values, more than the file holds");
            }
            long bytes = n * type.size;
            if (!RESOLVED.contains(tag)) {
                values.put(tag, new Ifd.Value(typeCode, n, null, null, null));
            } else if (bytes <= inline) {
                byte[] raw = new byte[(int) bytes];
                d.get(valuePos, raw);
                values.put(tag, decode(type, n, raw));
            } else {
                long at = big ? d.getLong(valuePos) : d.getInt(valuePos) & 0xFFFFFFFFL;
                if (at < 0 || at + bytes > fileLength) {
                    throw bad(Tag.describe(tag) + " in IFD " + index + " points to bytes " + at + "-" + (at + bytes - 1)
                            + ", past the end of the file (" + fileLength + " bytes)");
                }
                pending.add(new Pending(tag, type, n, at));
            }
        }
        long next = big ? d.getLong() : d.getInt() & 0xFFFFFFFFL;
        resolve(pending, values);
        out.add(new Ifd(index, offset, values));
        return next;
    }

    private void resolve(List<Pending> pending, Map<Integer, Ifd.Value> values) {
        List<ByteRange> missing = new ArrayList<>();
        for (Pending p : pending) {
            if (find(p.offset(), p.count() * p.type().size) == null) {
                missing.add(new ByteRange(p.offset(), p.count() * p.type().size));
            }
        }
        if (!missing.isEmpty()) {
            List<byte[]> got = reader.readAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                spans.add(new Span(missing.get(i).offset(), got.get(i)));
            }
        }
        for (Pending p : pending) {
            int len = (int) (p.count() * p.type().size);
            byte[] raw = new byte[len];
            bufferAt(p.offset(), len).get(raw);
            values.put(p.tag(), decode(p.type(), p.count(), raw));
        }
    }

    private Ifd.Value decode(FieldType type, long n, byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(order);
        int count = (int) n;
        switch (type) {
            case ASCII -> {
                int end = 0;
                while (end < raw.length && raw[end] != 0) {
                    end++;
                }
                return new Ifd.Value(type.code, n, null, null, new String(raw, 0, end, StandardCharsets.ISO_8859_1));
            }
            case FLOAT, DOUBLE, RATIONAL, SRATIONAL -> {
                double[] v = new double[count];
                for (int i = 0; i < count; i++) {
                    v[i] = switch (type) {
                        case FLOAT -> b.getFloat();
                        case DOUBLE -> b.getDouble();
                        case RATIONAL -> (b.getInt() & 0xFFFFFFFFL) / (double) (b.getInt() & 0xFFFFFFFFL);
                        default -> b.getInt() / (double) b.getInt();
                    };
                }
                return new Ifd.Value(type.code, n, null, v, null);
            }
            default -> {
                long[] v = new long[count];
                for (int i = 0; i < count; i++) {
                    v[i] = switch (type) {
                        case BYTE, UNDEFINED -> b.get() & 0xFF;
                        case SBYTE -> b.get();
                        case SHORT -> b.getShort() & 0xFFFF;
                        case SSHORT -> b.getShort();
                        case LONG, IFD -> b.getInt() & 0xFFFFFFFFL;
                        case SLONG -> b.getInt();
                        default -> b.getLong();
                    };
                }
                return new Ifd.Value(type.code, n, v, null, null);
            }
        }
    }

    /** Makes sure {@code [offset, offset+len)} is in memory, fetching a generous piece if not. */
    private void ensure(long offset, long len, String what) {
        if (offset < 0 || offset + len > fileLength) {
            throw bad(what + " lies past the end of the file (" + fileLength + " bytes); the file is truncated");
        }
        if (find(offset, len) == null) {
            int want = (int) Math.min(Math.max(len, 16 * 1024), fileLength - offset);
            spans.add(new Span(offset, reader.read(new ByteRange(offset, want))));
        }
    }

    private Span find(long offset, long len) {
        for (Span s : spans) {
            if (s.contains(offset, len)) {
                return s;
            }
        }
        return null;
    }

    private ByteBuffer bufferAt(long offset, int len) {
        Span s = find(offset, len);
        return ByteBuffer.wrap(s.bytes(), (int) (offset - s.offset()), len).slice().order(order);
    }

    /** GDAL writes "GDAL_STRUCTURAL_METADATA_SIZE=..." right after the header of its COGs. */
    private String ghostHeader(byte[] head) {
        int start = big ? 16 : 8;
        String prefix = "GDAL_STRUCTURAL_METADATA_SIZE=";
        if (head.length < start + prefix.length() + 12) {
            return null;
        }
        String s = new String(head, start, prefix.length() + 6, StandardCharsets.ISO_8859_1);
        if (!s.startsWith(prefix)) {
            return null;
        }
        try {
            int size = Integer.parseInt(s.substring(prefix.length()));
            int textStart = start + prefix.length() + 6 + " bytes\n".length();
            int len = Math.min(size, head.length - textStart);
            return len <= 0 ? null : new String(head, textStart, len, StandardCharsets.ISO_8859_1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private BadContentException bad(String what) {
        return new BadContentException(uri + ": " + what);
    }

    private static String printable(byte[] b) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(8, b.length); i++) {
            char c = (char) (b[i] & 0xFF);
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", b[i] & 0xFF));
        }
        return sb.append('"').toString();
    }
}
