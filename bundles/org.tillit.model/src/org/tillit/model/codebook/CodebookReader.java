package org.tillit.model.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Bilingual;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.TillitFactory;
import org.tillit.model.l10n.Messages;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads Tillit's bilingual codebook format ({@code urn:tillit:codebook:1}), in which the preloaded
 * TBSL codebook ships. REFI-QDA codebooks (.qdc) carry one language only and are handled by the
 * exchange layer.
 */
public final class CodebookReader {

    public static final String NAMESPACE = "urn:tillit:codebook:1";
    private static final String TBSL_RESOURCE = "/resources/tbsl/tbsl-codebook.xml";

    private final TillitFactory factory = TillitFactory.eINSTANCE;

    /** The TBSL codebook that ships with Tillit. */
    public static CodebookTemplate tbsl() {
        try (InputStream in = CodebookReader.class.getResourceAsStream(TBSL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the TBSL codebook " + TBSL_RESOURCE + " is missing from the model bundle");
            }
            return new CodebookReader().read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the TBSL codebook: " + e.getMessage(), e);
        }
    }

    public CodebookTemplate read(InputStream in) throws IOException {
        Element root = parse(in).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"codebook".equals(root.getLocalName())) {
            throw new IOException(NLS.bind(Messages.CodebookReader_notACodebook, root.getNodeName()));
        }
        Codebook codebook = factory.createCodebook();
        codebook.setName(root.getAttribute("name-sv"));
        Map<String, Code> codesByGuid = new HashMap<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "code" -> codebook.getCodes().add(readCode(child, codesByGuid));
                case "set" -> codebook.getSets().add(readSet(child, codesByGuid));
                case "attribute" -> attributes.add(readAttribute(child));
                default -> throw new IOException(NLS.bind(Messages.CodebookReader_unexpected, child.getLocalName()));
            }
        }
        return new CodebookTemplate(codebook, attributes);
    }

    private Code readCode(Element element, Map<String, Code> codesByGuid) throws IOException {
        Code code = factory.createCode();
        readBilingual(element, code);
        code.setColor(element.getAttribute("color"));
        code.setCodable(!"false".equals(element.getAttribute("codable")));
        code.setSource(element.getAttribute("source"));
        if (codesByGuid.put(code.getGuid(), code) != null) {
            throw new IOException(NLS.bind(Messages.CodebookReader_twice, code.getGuid()));
        }
        for (Element child : children(element)) {
            if ("code".equals(child.getLocalName())) {
                code.getChildren().add(readCode(child, codesByGuid));
            }
        }
        return code;
    }

    private CodeSet readSet(Element element, Map<String, Code> codesByGuid) throws IOException {
        CodeSet set = factory.createCodeSet();
        readBilingual(element, set);
        for (Element child : children(element)) {
            if ("member".equals(child.getLocalName())) {
                Code member = codesByGuid.get(child.getAttribute("guid"));
                if (member == null) {
                    throw new IOException("set " + set.getLabelEn() + " names unknown code " + child.getAttribute("guid"));
                }
                set.getMembers().add(member);
            }
        }
        return set;
    }

    private AttributeDefinition readAttribute(Element element) {
        AttributeDefinition definition = factory.createAttributeDefinition();
        definition.setNameSv(element.getAttribute("name-sv"));
        definition.setNameEn(element.getAttribute("name-en"));
        // Stable across projects, so attribute values can be matched when projects are merged.
        definition.setGuid(element.hasAttribute("guid") ? element.getAttribute("guid")
                : UUID.nameUUIDFromBytes(("attribute/" + definition.getNameEn()).getBytes(StandardCharsets.UTF_8)).toString());
        definition.setType(AttributeType.valueOf(element.getAttribute("type").toUpperCase(Locale.ROOT)));
        for (Element value : children(element)) {
            if ("value".equals(value.getLocalName())) {
                definition.getAllowedValues().add(value.getAttribute("sv"));
            }
        }
        return definition;
    }

    private static void readBilingual(Element element, Bilingual target) throws IOException {
        String guid = element.getAttribute("guid");
        if (guid.isBlank()) {
            throw new IOException("<" + element.getLocalName() + "> without guid");
        }
        target.setGuid(guid);
        for (Element child : children(element)) {
            String lang = child.getAttribute("lang");
            String text = child.getTextContent().strip();
            switch (child.getLocalName()) {
                case "label" -> {
                    if ("sv".equals(lang)) target.setLabelSv(text); else target.setLabelEn(text);
                }
                case "definition" -> {
                    if ("sv".equals(lang)) target.setDefinitionSv(text); else target.setDefinitionEn(text);
                }
                default -> { /* nested codes and members are read by the caller */ }
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static org.w3c.dom.Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            // A codebook may come from anywhere: no DTDs, no external entities.
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(NLS.bind(Messages.CodebookReader_notXml, e.getMessage()), e);
        }
    }
}
