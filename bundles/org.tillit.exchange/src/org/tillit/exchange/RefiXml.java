package org.tillit.exchange;

import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The REFI-QDA 1.5 vocabulary Tillit reads and writes: the namespaces of a project and a codebook,
 * and their schemas as shipped in this bundle's {@code schema/} folder.
 */
public final class RefiXml {

    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    /** The project document inside a .qdpx archive. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The folder of a .qdpx archive that holds the sources, named by GUID. */
    public static final String SOURCES_FOLDER = "sources";
    /** How a project points into its archive's sources folder: {@code internal://GUID.txt}. */
    public static final String INTERNAL = "internal://";

    private RefiXml() {
    }

    /** The schema of {@code project.qde}. */
    public static Schema projectSchema() {
        return schema("/schema/Project.xsd");
    }

    /** The schema of a {@code .qdc} codebook. */
    public static Schema codebookSchema() {
        return schema("/schema/Codebook.xsd");
    }

    private static Schema schema(String resource) {
        URL url = RefiXml.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is missing from the exchange bundle");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,bundleresource,bundleentry");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(resource + " is not a schema: " + e.getMessage(), e);
        }
    }
}
