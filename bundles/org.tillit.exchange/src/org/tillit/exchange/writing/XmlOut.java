package org.tillit.exchange.writing;

import java.io.OutputStream;
import java.util.Date;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;

/**
 * A REFI-QDA document as it is written: elements in one default namespace, straight to the
 * stream. Optional attributes and text elements without a value are left out rather than written
 * empty, and characters XML 1.0 cannot hold (control characters a memo may carry) are replaced.
 */
final class XmlOut {

    /** The {@code origin} attribute: which program wrote the file. */
    static final String ORIGIN = "Tillit";

    private static final char REPLACEMENT = '\uFFFD';

    /**
     * Woodstox, not the JDK's writer: that one escaped and encoded a character at a time and was
     * most of an export. Made directly rather than looked up, so no other bundle's StAX is taken.
     */
    private static final XMLOutputFactory FACTORY = factory();

    private final XMLStreamWriter writer;

    private XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Starts the document and its root element in the namespace; the stream stays open after {@link #finish}. */
    static XmlOut open(OutputStream out, String root, String namespace) throws XMLStreamException {
        XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement(root);
        writer.writeDefaultNamespace(namespace);
        return new XmlOut(writer);
    }

    private static XMLOutputFactory factory() {
        XMLOutputFactory factory = new WstxOutputFactory();
        // The declaration as before (version="1.0"); Woodstox quotes it with apostrophes by default.
        factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
        return factory;
    }

    void start(String element) throws XMLStreamException {
        writer.writeStartElement(element);
    }

    /** An element without content, such as a reference; its attributes follow. */
    void empty(String element) throws XMLStreamException {
        writer.writeEmptyElement(element);
    }

    void end() throws XMLStreamException {
        writer.writeEndElement();
    }

    /** The attribute, unless the value is null. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeAttribute(name, clean(value));
        }
    }

    /** An xsd:dateTime in UTC, unless the date is null. */
    void attribute(String name, Date value) throws XMLStreamException {
        if (value != null) {
            writer.writeAttribute(name, dateTime(value));
        }
    }

    /** An xsd:dateTime in UTC; null for none (an attribute of it is then left out). */
    static String dateTime(Date value) {
        return value == null ? null : value.toInstant().toString();
    }

    void attribute(String name, long value) throws XMLStreamException {
        writer.writeAttribute(name, Long.toString(value));
    }

    void attribute(String name, boolean value) throws XMLStreamException {
        writer.writeAttribute(name, Boolean.toString(value));
    }

    /** An element holding the text, left out when the text is null or blank. */
    void text(String element, String content) throws XMLStreamException {
        if (content == null || content.isBlank()) {
            return;
        }
        writer.writeStartElement(element);
        writer.writeCharacters(clean(content));
        writer.writeEndElement();
    }

    /** A reference element: {@code <element targetGUID="..."/>}. */
    void reference(String element, String targetGuid) throws XMLStreamException {
        empty(element);
        attribute("targetGUID", targetGuid);
    }

    /** Ends the root element and the document, and flushes (the stream is not closed). */
    void finish() throws XMLStreamException {
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.flush();
    }

    /** The text with every character XML 1.0 forbids (and every unpaired surrogate) replaced. */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (cleaned != null) {
                    cleaned.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : REPLACEMENT);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
