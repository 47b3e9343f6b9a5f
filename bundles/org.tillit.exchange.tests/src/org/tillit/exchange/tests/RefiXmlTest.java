package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.tillit.exchange.RefiXml;
import org.xml.sax.SAXException;

/** The shipped REFI-QDA schemas load and tell a valid document from one the standard forbids. */
class RefiXmlTest {

    @Test
    void projectSchemaAcceptsAMinimalProjectAndRefusesAnEmptySets() {
        String minimal = "<Project xmlns='" + RefiXml.PROJECT_NS + "' name='p'/>";
        assertDoesNotThrow(() -> RefiXml.projectSchema().newValidator().validate(source(minimal)));
        String emptySets = "<Project xmlns='" + RefiXml.PROJECT_NS + "' name='p'><Sets/></Project>";
        assertThrows(SAXException.class, () -> RefiXml.projectSchema().newValidator().validate(source(emptySets)));
    }

    @Test
    void codebookSchemaWantsItsCodes() {
        String codebook = "<CodeBook xmlns='" + RefiXml.CODEBOOK_NS + "'><Codes><Code guid='"
                + "0f8fad5b-d9cb-469f-a165-70867728950e' name='Stöd' isCodable='true'/></Codes></CodeBook>";
        assertDoesNotThrow(() -> RefiXml.codebookSchema().newValidator().validate(source(codebook)));
        String empty = "<CodeBook xmlns='" + RefiXml.CODEBOOK_NS + "'/>";
        assertThrows(SAXException.class, () -> RefiXml.codebookSchema().newValidator().validate(source(empty)));
    }

    private static StreamSource source(String xml) {
        return new StreamSource(new StringReader(xml));
    }
}
