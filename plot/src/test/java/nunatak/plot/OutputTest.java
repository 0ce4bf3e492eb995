package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Files written: PNG with its DPI, SVG as well-formed XML with text, format from option or extension. */
class OutputTest {
    private static final MapData MAP = RemaMini.coarseMap(10);
    private static final ProfileData PROFILE = RemaMini.profileNear(750_000);

    @TempDir
    Path dir;

    private static Document parseSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void mapSvgIsXmlWithTitleAndEmbeddedImage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Plots.writeMap(MAP, PlotOptions.defaults(), OutputFormat.SVG, out);
        Document doc = parseSvg(out.toByteArray());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("540.00pt", root.getAttribute("width"));
        assertEquals("0 0 750 600", root.getAttribute("viewBox"));
        String text = root.getTextContent();
        assertTrue(text.contains(MAP.title()), "title missing from the SVG text");
        assertTrue(text.contains("elevation above sea level [m a.s.l.]"));
        assertTrue(text.contains("EPSG:3031 x [km]"));
        assertEquals(2, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength());
    }

    @Test
    void profileSvgHasTitleAndAPath() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Plots.writeProfile(PROFILE, PlotOptions.defaults(), OutputFormat.SVG, out);
        Document doc = parseSvg(out.toByteArray());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getDocumentElement().getTextContent().contains("REMA mini profile along y = 750200 m"));
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() > 0);
    }

    @Test
    void formatComesFromTheExtensionOrTheOption() throws Exception {
        PlotOptions o = PlotOptions.defaults();
        byte[] png = Files.readAllBytes(Plots.saveMap(MAP, o, dir.resolve("map.png")));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String svg = Files.readString(Plots.saveMap(MAP, o, dir.resolve("map.SVG")));
        assertTrue(svg.startsWith("<?xml"));
        String optioned = Files.readString(Plots.saveProfile(PROFILE, o.withFormat(OutputFormat.SVG),
                dir.resolve("profile")));
        assertTrue(optioned.contains("<svg"));
        assertTrue(Files.readAllBytes(Plots.saveProfile(PROFILE, o, dir.resolve("profile-no-extension")))[1] == 'P');
        InvalidArgumentException conflict = assertThrows(InvalidArgumentException.class,
                () -> Plots.saveMap(MAP, o.withFormat(OutputFormat.SVG), dir.resolve("map2.png")));
        assertTrue(conflict.getMessage().contains("extension"), conflict.getMessage());
        InvalidArgumentException jpeg = assertThrows(InvalidArgumentException.class,
                () -> Plots.saveMap(MAP, o, dir.resolve("map.jpg")));
        assertTrue(jpeg.getMessage().contains("png or svg"), jpeg.getMessage());
        assertThrows(InvalidArgumentException.class, () -> Plots.saveMap(MAP, o, dir.resolve("no/such/dir/m.png")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "temporary file left behind");
        }
    }

    @Test
    void pngRecordsItsDpi() throws Exception {
        Path file = Plots.saveMap(MAP, PlotOptions.defaults().withDpi(150), dir.resolve("map.png"));
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertEquals("5906", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals(1125, reader.getWidth(0));
        }
    }
}
