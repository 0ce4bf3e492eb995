package nunatak.tiff;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nunatak.BadContentException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads and writes GDAL_METADATA (tag 42112): {@code <GDALMetadata><Item name=".." sample="0">..</Item>}.
 *
 * <pre>{@code
 * String xml = GdalMetadata.format(List.of(new MetadataItem("units", "m", 0, "unittype", null)));
 * // <GDALMetadata>\n  <Item name="units" sample="0" role="unittype">m</Item>\n</GDALMetadata>
 * }</pre>
 */
public final class GdalMetadata {
    private GdalMetadata() {
    }

    static List<MetadataItem> parse(String xml, URI uri) {
        List<MetadataItem> items = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            return items;
        }
        try {
            // The JDK's parser, not whichever one a jar on the class path names: newInstance() searches every jar
            // for one (0.1 s with Spark's on the class path), and another parser may not know the features below.
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            NodeList nodes = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagName("Item");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String sample = e.getAttribute("sample");
                items.add(new MetadataItem(e.getAttribute("name"), e.getTextContent(),
                        sample.isEmpty() ? -1 : Integer.parseInt(sample.trim()),
                        e.getAttribute("role").isEmpty() ? null : e.getAttribute("role"),
                        e.getAttribute("domain").isEmpty() ? null : e.getAttribute("domain")));
            }
            return items;
        } catch (Exception e) {
            throw new BadContentException(uri + ": GDAL_METADATA (42112) is not valid XML: " + e.getMessage(), e);
        }
    }

    /** The XML GDAL writes for these items. */
    public static String format(List<MetadataItem> items) {
        StringWriter w = new StringWriter();
        w.append("<GDALMetadata>\n");
        for (MetadataItem it : items) {
            w.append("  <Item name=\"").append(escape(it.name())).append('"');
            if (it.band() >= 0) {
                w.append(" sample=\"").append(Integer.toString(it.band())).append('"');
            }
            if (it.role() != null) {
                w.append(" role=\"").append(escape(it.role())).append('"');
            }
            if (it.domain() != null) {
                w.append(" domain=\"").append(escape(it.domain())).append('"');
            }
            w.append('>').append(escape(it.value())).append("</Item>\n");
        }
        return w.append("</GDALMetadata>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
