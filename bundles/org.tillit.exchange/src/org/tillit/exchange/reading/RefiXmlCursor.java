package org.tillit.exchange.reading;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;

/**
 * The walk through a REFI-QDA document's elements for {@link RefiXmlReader}: children read or
 * skipped one by one within the archive's limits on depth and count, elements of other namespaces
 * and attributes not carried tallied as lost, the text and references of elements.
 */
final class RefiXmlCursor {

    private final XMLStreamReader r;
    private final String namespace;
    private final String entry;
    private final ArchiveLimits limits;
    private final LossTally loss;
    private int depth;
    private int elements;

    /** One child element: reads it whole (parses or skips it). */
    @FunctionalInterface
    interface Child {
        void read(String name) throws XMLStreamException, RefiReadException;
    }

    RefiXmlCursor(XMLStreamReader r, String namespace, String entry, ArchiveLimits limits, LossTally loss) {
        this.r = r;
        this.namespace = namespace;
        this.entry = entry;
        this.limits = limits;
        this.loss = loss;
    }

    /** Reads up to the root element, which must be this one in the namespace; a DTD is refused. */
    void toRoot(String root) throws XMLStreamException, RefiReadException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefiReadException(NLS.bind(Messages.Xml_dtd, entry));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!root.equals(r.getLocalName()) || !ours()) {
                    throw new RefiReadException(NLS.bind(Messages.Xml_wrongRoot,
                            new Object[] { entry, root, r.getName().toString() }));
                }
                depth = 1;
                elements = 1;
                return;
            }
        }
        throw new RefiReadException(NLS.bind(Messages.Xml_wrongRoot, new Object[] { entry, root, "" }));
    }

    private boolean ours() {
        String ns = r.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.equals(namespace);
    }

    /** Reads the current element's children until its end tag. */
    void children(Child child) throws XMLStreamException, RefiReadException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                entered();
                if (ours()) {
                    child.read(r.getLocalName());
                } else {
                    loss.add(NLS.bind(Messages.Loss_extension, r.getName().toString()), null);
                    skip();
                }
            }
        }
    }

    private void entered() throws RefiReadException {
        depth++;
        elements++;
        if (depth > limits.maxXmlDepth() || elements > limits.maxXmlElements()) {
            throw new RefiReadException(NLS.bind(Messages.Xml_tooDeep,
                    new Object[] { entry, limits.maxXmlDepth(), limits.maxXmlElements() }));
        }
    }

    /** Skips the current element with all it holds. */
    void skip() throws XMLStreamException, RefiReadException {
        children(name -> skip());
    }

    /** Skips the current element and reports it as not carried. */
    void notCarried(String name) throws XMLStreamException, RefiReadException {
        loss.add(NLS.bind(Messages.Loss_element, name), example());
        skip();
    }

    /** An element's own name or GUID, to show as an example of it. */
    String example() {
        String name = r.getAttributeValue(null, "name");
        return name != null ? name : r.getAttributeValue(null, "guid");
    }

    /** The element's text (the schema gives these elements text only). */
    String text() throws XMLStreamException {
        String text = r.getElementText();
        depth--;
        return text;
    }

    /** The element's attributes by name; those not in {@code carried} are reported. */
    Map<String, String> attributes(String element, Set<String> carried) {
        Map<String, String> values = new HashMap<>();
        String example = example();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String name = r.getAttributeLocalName(i);
            if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
                continue; // schemaLocation and the like say nothing about the data
            }
            if (ns != null && !ns.isEmpty()) {
                loss.add(NLS.bind(Messages.Loss_attribute, element + "@{" + ns + "}" + name), example);
            } else if (carried.contains(name)) {
                values.put(name, r.getAttributeValue(i));
            } else {
                loss.add(NLS.bind(Messages.Loss_attribute, element + "@" + name), example);
            }
        }
        return values;
    }

    /** The element's target GUID (a reference element). */
    String target() throws XMLStreamException, RefiReadException {
        String guid = Guids.normal(r.getAttributeValue(null, "targetGUID"));
        skip();
        return guid;
    }


    /** The current element's attribute of this name (no namespace); null when it has none. */
    String attribute(String name) {
        return r.getAttributeValue(null, name);
    }

    /** Something the file holds that is not carried, with an example of it. */
    void lost(String what, String example) {
        loss.add(what, example);
    }
}
