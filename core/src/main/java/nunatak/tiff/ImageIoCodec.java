package nunatak.tiff;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.function.Supplier;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

/**
 * JPEG (Compression 7) and WebP (50001) blocks decoded by an ImageIO reader into the pixel-interleaved bytes
 * the other codecs produce. JPEG blocks as GDAL writes them are abbreviated streams whose tables (quantization,
 * and Huffman with JPEGTABLESMODE=3) sit once in JPEGTables (347): the tables' markers, without their end of
 * image, are spliced in front of the block's, without its start of image. YCbCr JPEG comes out as RGB, as GDAL
 * returns it (its JPEGCOLORMODE=RGB); the readers convert with libjpeg's own tables.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("rgb.tif");                  // JPEG, YCbCr, as GDAL writes it
 * ImageLevel level = tif.level(0);
 * BlockCodec jpeg = new ImageIoCodec(ImageIoCodec.Reader.JPEG, level.jpegTables(), level.blockWidth(), 3);
 * byte[] block = tif.reader().readAll(List.of(new ByteRange(level.offsets()[0], level.byteCounts()[0]))).get(0);
 * byte[] rgb = new byte[level.decodedBytes(0) + BlockCodec.PADDING];
 * jpeg.decode(block, 0, block.length, rgb, level.decodedBytes(0));   // pixel-interleaved RGB
 * }</pre>
 */
public final class ImageIoCodec implements BlockCodec {

    /** The readers; one instance per thread each, as ImageIO readers are not thread-safe. */
    public enum Reader {
        /** TwelveMonkeys' JPEG reader (libjpeg underneath, with its own colour space handling): what nunatak uses. */
        JPEG(() -> registered(com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi.class)),
        /** The JDK's own JPEG reader, kept to compare against (benchmark and tests). */
        JDK_JPEG(() -> registered("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")),
        /**
         * TwelveMonkeys' WebP reader, for lossless (VP8L) blocks: the JDK has none. Its lossy (VP8) decoder in
         * 3.14 is off by up to 49 from libwebp (intra prediction reads loop-filtered pixels, fixed upstream
         * after 3.14), so lossy blocks are refused rather than read wrong.
         */
        WEBP(() -> registered(com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi.class));

        private final ThreadLocal<ImageReader> perThread;

        Reader(Supplier<javax.imageio.spi.ImageReaderSpi> spi) {
            this.perThread = ThreadLocal.withInitial(() -> {
                try {
                    return spi.get().createReaderInstance();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot create the " + name() + " reader", e);
                }
            });
        }

        ImageReader get() {
            return perThread.get();
        }
    }

    /**
     * The provider as the ImageIO registry holds it: TwelveMonkeys' JPEG reader finds the JDK's, which it decodes
     * through, when it is registered (and the JDK's is not exported for direct use). A class path whose service
     * files were lost (a shaded jar) gets it registered here.
     */
    private static javax.imageio.spi.ImageReaderSpi registered(Class<? extends javax.imageio.spi.ImageReaderSpi> type) {
        javax.imageio.spi.IIORegistry registry = javax.imageio.spi.IIORegistry.getDefaultInstance();
        javax.imageio.spi.ImageReaderSpi spi = registry.getServiceProviderByClass(type);
        if (spi == null) {
            try {
                registry.registerServiceProvider(type.getConstructor().newInstance(), javax.imageio.spi.ImageReaderSpi.class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot register " + type.getName(), e);
            }
            spi = registry.getServiceProviderByClass(type);
        }
        return spi;
    }

    private static javax.imageio.spi.ImageReaderSpi registered(String className) {
        java.util.Iterator<javax.imageio.spi.ImageReaderSpi> all = javax.imageio.spi.IIORegistry.getDefaultInstance()
                .getServiceProviders(javax.imageio.spi.ImageReaderSpi.class, true);
        while (all.hasNext()) {
            javax.imageio.spi.ImageReaderSpi spi = all.next();
            if (spi.getClass().getName().equals(className)) {
                return spi;
            }
        }
        throw new IllegalStateException("the ImageIO registry has no " + className);
    }

    private final Reader reader;
    private final byte[] jpegTables;
    private final int width;
    private final int samples;

    /**
     * @param jpegTables JPEGTables (347), or null
     * @param width      pixels per block row
     * @param samples    samples per pixel stored in a block
     */
    public ImageIoCodec(Reader reader, byte[] jpegTables, int width, int samples) {
        this.reader = reader;
        this.jpegTables = jpegTables;
        this.width = width;
        this.samples = samples;
    }

    @Override
    public void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected) throws CorruptBlockException {
        int rows = expected / (width * samples);
        if (reader == Reader.WEBP) {
            requireLossless(src, srcOff, srcLen);
        }
        byte[] stream = src;
        int off = srcOff;
        int len = srcLen;
        if (jpegTables != null && jpegTables.length > 4) {
            stream = splice(jpegTables, src, srcOff, srcLen);
            off = 0;
            len = stream.length;
        }
        ImageReader r = reader.get();
        BufferedImage image;
        try (ImageInputStream in = new ByteArrayImageInputStream(stream, off, len)) {
            r.setInput(in, true, true);
            image = r.read(0);
        } catch (IOException | RuntimeException e) {
            throw new CorruptBlockException("the " + reader.name().replace("JDK_", "") + " data cannot be decoded ("
                    + e + ")", e);
        } finally {
            r.setInput(null);
        }
        Raster raster = image.getRaster();
        if (raster.getWidth() != width || raster.getHeight() != rows || raster.getNumBands() != samples) {
            throw new CorruptBlockException("the block decodes to " + raster.getWidth() + " x " + raster.getHeight()
                    + " pixels of " + raster.getNumBands() + " samples; the directory says " + width + " x " + rows
                    + " of " + samples);
        }
        copyInterleaved(raster, dst, width, rows, samples);
    }

    /** Refuses lossy WebP: its chunks ("VP8X" extended headers and "ALPH" alpha first) hold "VP8 ", not "VP8L". */
    private static void requireLossless(byte[] src, int off, int len) throws CorruptBlockException {
        if (len < 20 || !fourcc(src, off, "RIFF") || !fourcc(src, off + 8, "WEBP")) {
            throw new CorruptBlockException("the block is not a WebP (RIFF/WEBP) stream");
        }
        int p = off + 12;
        while (p + 8 <= off + len) {
            if (fourcc(src, p, "VP8L")) {
                return;
            }
            if (fourcc(src, p, "VP8 ")) {
                throw new UnsupportedBlockException("the block is lossy WebP (VP8), which nunatak does not read: the "
                        + "WebP decoder it has (TwelveMonkeys 3.14) differs from libwebp, GDAL's, by up to 49 "
                        + "levels; convert with `gdal_translate -co COMPRESS=WEBP -co WEBP_LOSSLESS=YES` (or LZW)");
            }
            long size = (src[p + 4] & 0xFFL) | (src[p + 5] & 0xFFL) << 8 | (src[p + 6] & 0xFFL) << 16
                    | (src[p + 7] & 0xFFL) << 24;
            p += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - p - 8);
        }
        throw new CorruptBlockException("the WebP stream has no VP8L or VP8 image chunk");
    }

    private static boolean fourcc(byte[] b, int at, String code) {
        for (int i = 0; i < 4; i++) {
            if (b[at + i] != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** SOI + tables (without EOI) + the block's stream (without SOI), checking the markers on the way. */
    private static byte[] splice(byte[] tables, byte[] src, int off, int len) throws CorruptBlockException {
        int n = tables.length;
        if ((tables[0] & 0xFF) != 0xFF || (tables[1] & 0xFF) != 0xD8 || (tables[n - 2] & 0xFF) != 0xFF
                || (tables[n - 1] & 0xFF) != 0xD9) {
            throw new CorruptBlockException("JPEGTables (347) is not a tables-only JPEG stream (SOI ... EOI)");
        }
        if (len < 4 || (src[off] & 0xFF) != 0xFF || (src[off + 1] & 0xFF) != 0xD8) {
            throw new CorruptBlockException("the block does not start with a JPEG start-of-image marker");
        }
        byte[] out = new byte[n - 2 + len - 2];
        System.arraycopy(tables, 0, out, 0, n - 2);
        System.arraycopy(src, off + 2, out, n - 2, len - 2);
        return out;
    }

    /** The raster's samples as rows of pixels, each pixel its samples in band order. */
    private static void copyInterleaved(Raster raster, byte[] dst, int width, int rows, int samples) {
        if (raster.getDataBuffer() instanceof DataBufferByte db && raster.getSampleModel() instanceof ComponentSampleModel sm
                && db.getNumBanks() == 1 && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0) {
            byte[] data = db.getData();
            int base = db.getOffset();
            int pixelStride = sm.getPixelStride();
            int lineStride = sm.getScanlineStride();
            int[] bandOffsets = sm.getBandOffsets();
            if (samples == 1 && pixelStride == 1) {
                for (int y = 0; y < rows; y++) {
                    System.arraycopy(data, base + y * lineStride + bandOffsets[0], dst, y * width, width);
                }
                return;
            }
            for (int y = 0; y < rows; y++) {
                int in = base + y * lineStride;
                int out = y * width * samples;
                for (int x = 0; x < width; x++, in += pixelStride) {
                    for (int b = 0; b < samples; b++) {
                        dst[out++] = data[in + bandOffsets[b]];
                    }
                }
            }
            return;
        }
        int[] band = new int[width * rows];
        for (int b = 0; b < samples; b++) {
            raster.getSamples(0, 0, width, rows, b, band);
            for (int i = 0; i < band.length; i++) {
                dst[i * samples + b] = (byte) band[i];
            }
        }
    }
}
