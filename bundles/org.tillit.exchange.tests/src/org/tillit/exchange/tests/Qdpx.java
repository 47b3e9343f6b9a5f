package org.tillit.exchange.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.tillit.exchange.RefiXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An exported REFI-QDA file read back for tests: a .qdpx's entries, or a .qdc alone, its XML
 * checked against the schema and queried with XPath (prefix {@code q} for the file's namespace).
 */
final class Qdpx {

    static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The REFI-QDA wrappers that must hold at least one element. */
    static final List<String> WRAPPERS = List.of("Users", "CodeBook", "Codes", "Variables", "Cases", "Sources", "Notes",
            "Links", "Sets", "Graphs");

    final Map<String, byte[]> entries;
    final org.w3c.dom.Document xml;
    private final byte[] xmlBytes;
    private final XPath xpath;

    private Qdpx(Map<String, byte[]> entries, byte[] xmlBytes, String namespace) throws Exception {
        this.entries = entries;
        this.xmlBytes = xmlBytes;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmlBytes));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "q".equals(prefix) ? namespace : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** A .qdpx archive: every entry, and its project.qde parsed. */
    static Qdpx project(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return new Qdpx(entries, entries.get(RefiXml.PROJECT_ENTRY), RefiXml.PROJECT_NS);
    }

    /** A .qdc codebook. */
    static Qdpx codebook(Path file) throws Exception {
        return new Qdpx(Map.of(), Files.readAllBytes(file), RefiXml.CODEBOOK_NS);
    }

    /** Validates the XML; throws with the schema's complaint. */
    void validate(Schema schema) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xmlBytes)));
    }

    String text(String entry) {
        byte[] bytes = entries.get(entry);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    List<Element> all(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, xml, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    Element one(String expression) throws Exception {
        List<Element> found = all(expression);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements for " + expression);
        }
        return found.get(0);
    }

    String value(String expression) throws Exception {
        return xpath.evaluate(expression, xml);
    }

    /** Elements that hold nothing: no attribute, no element and no text. */
    List<String> emptyElements() throws Exception {
        List<String> empty = new ArrayList<>();
        for (Element element : all("//*")) {
            if (!element.hasAttributes() && element.getElementsByTagName("*").getLength() == 0
                    && element.getTextContent().isBlank()) {
                empty.add(element.getLocalName());
            }
        }
        return empty;
    }

    static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
