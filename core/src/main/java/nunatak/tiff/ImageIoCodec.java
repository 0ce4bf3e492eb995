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
 * BlockCodec jpeg = new ImageIoCodec(ImageIoCodec.Reader.JPEG, tables, 512, 3);
 * jpeg.decode(block, 0, block.length, rgb, 512 * 512 * 3);
 * }</pre>
 */
final class ImageIoCodec implements BlockCodec {

    /** The readers; one instance per thread each, as ImageIO readers are not thread-safe. */
    enum Reader {
        /** TwelveMonkeys' JPEG reader (libjpeg underneath, with its own colour space handling): what nunatak uses. */
        JPEG(() -> new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi()),
        /** The JDK's own JPEG reader, kept to compare against (benchmark and tests). */
        JDK_JPEG(ImageIoCodec::jdkJpeg),
        /** TwelveMonkeys' WebP reader (lossy VP8 and lossless VP8L, with alpha); the JDK has none. */
        WEBP(() -> new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());

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

    /** The JDK's reader is not exported for direct use; the ImageIO registry holds it. */
    private static javax.imageio.spi.ImageReaderSpi jdkJpeg() {
        java.util.Iterator<javax.imageio.spi.ImageReaderSpi> all = javax.imageio.spi.IIORegistry.getDefaultInstance()
                .getServiceProviders(javax.imageio.spi.ImageReaderSpi.class, true);
        while (all.hasNext()) {
            javax.imageio.spi.ImageReaderSpi spi = all.next();
            if (spi.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) {
                return spi;
            }
        }
        throw new IllegalStateException("this JDK has no built-in JPEG reader");
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
    ImageIoCodec(Reader reader, byte[] jpegTables, int width, int samples) {
        this.reader = reader;
        this.jpegTables = jpegTables;
        this.width = width;
        this.samples = samples;
    }

    @Override
    public void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected) throws CorruptBlockException {
        int rows = expected / (width * samples);
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
