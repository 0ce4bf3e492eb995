package nunatak.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import nunatak.BadContentException;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small XML tree that remembers each element's line, so errors can point into the file. Parsed with SAX,
 * with DTDs and external entities refused (a VRT never needs them, and they would let a file read others).
 */
final class XmlElement {
    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final int line;
    private final StringBuilder text = new StringBuilder();

    private XmlElement(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    String text() {
        return text.toString().trim();
    }

    String attribute(String key) {
        return attributes.get(key);
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** "&lt;DstRect&gt; (line 12)", for messages. */
    String where() {
        return "<" + name + "> (line " + line + ")";
    }

    static XmlElement parse(byte[] bytes, String where) {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement[] root = new XmlElement[1];
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator l) {
                locator = l;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                Map<String, String> attrs = new LinkedHashMap<>();
                for (int i = 0; i < a.getLength(); i++) {
                    attrs.put(a.getQName(i), a.getValue(i));
                }
                XmlElement e = new XmlElement(qName, attrs, locator == null ? -1 : locator.getLineNumber());
                if (open.isEmpty()) {
                    root[0] = e;
                } else {
                    open.peek().children.add(e);
                }
                open.push(e);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                open.pop();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!open.isEmpty()) {
                    open.peek().text.append(ch, start, length);
                }
            }
        };
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = f.newSAXParser();
            parser.parse(new ByteArrayInputStream(bytes), handler);
        } catch (SAXParseException e) {
            throw new BadContentException(where + ": not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " (" + e.getMessage() + ")", e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BadContentException(where + ": cannot be parsed as XML (" + e.getMessage() + ")", e);
        }
        if (root[0] == null) {
            throw new BadContentException(where + ": empty XML document");
        }
        return root[0];
    }
}
