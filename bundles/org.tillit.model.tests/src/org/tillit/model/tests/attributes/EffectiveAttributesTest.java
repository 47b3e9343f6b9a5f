package org.tillit.model.tests.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.attributes.EffectiveAttributes;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

/** A document's attribute is its own value, else its case's. */
class EffectiveAttributesTest {

    private final TillitFactory factory = TillitFactory.eINSTANCE;
    private final Project project = factory.createProject();
    private final AttributeDefinition role = AttributeValuesTest.definition(AttributeType.TEXT);
    private final AttributeDefinition sector = AttributeValuesTest.definition(AttributeType.TEXT);
    private final Document own = document("chef.docx");
    private final Document ofCase = document("medarbetare.docx");
    private final Document none = document("politiker.docx");

    EffectiveAttributesTest() {
        project.getAttributeDefinitions().add(role);
        project.getAttributeDefinitions().add(sector);
        Case aCase = factory.createCase();
        aCase.getDocuments().add(own);
        aCase.getDocuments().add(ofCase);
        aCase.getAttributeValues().add(value(role, "Medarbetare"));
        project.getCases().add(aCase);
        own.getAttributeValues().add(value(role, "Chef"));
    }

    @Test
    void theDocumentsOwnValueComesBeforeItsCases() {
        assertEquals(Optional.of("Chef"), EffectiveAttributes.of(own, role));
        assertEquals(Optional.of("Chef"), EffectiveAttributes.of(project).value(own, role));
    }

    @Test
    void withoutOneTheCasesValueHolds() {
        assertEquals(Optional.of("Medarbetare"), EffectiveAttributes.of(ofCase, role));
        assertEquals(Optional.of("Medarbetare"), EffectiveAttributes.of(project).value(ofCase, role));
    }

    @Test
    void aDocumentOutsideTheCaseHasNone() {
        assertEquals(Optional.empty(), EffectiveAttributes.of(none, role));
        assertEquals(Optional.empty(), EffectiveAttributes.of(project).value(none, role));
    }

    @Test
    void anAttributeIsUsedWhenSomeDocumentHasIt() {
        EffectiveAttributes all = EffectiveAttributes.of(project);
        assertTrue(all.isUsed(role));
        assertFalse(all.isUsed(sector));
    }

    @Test
    void anAttributeIsNamedInTheLabelLanguageAndElseInTheOther() {
        assertEquals("Role", Labels.name(role, Language.EN));
        assertEquals("Roll", Labels.name(role, Language.SV));
        role.setNameEn(" ");
        assertEquals("Roll", Labels.name(role, Language.EN));
    }

    private Document document(String name) {
        Document document = factory.createDocument();
        document.setName(name);
        project.getDocuments().add(document);
        return document;
    }

    private AttributeValue value(AttributeDefinition definition, String text) {
        AttributeValue value = factory.createAttributeValue();
        value.setDefinition(definition);
        value.setValue(text);
        return value;
    }
}
