package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.Codebook;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.model.documents.FormatLabels;

/** Where a code stands in its tree, in the one place every bundle asks. */
class CodeTreeTest {

    private final TillitFactory factory = TillitFactory.eINSTANCE;
    private final Codebook codebook = factory.createCodebook();
    private final Code principles = code("Principer", "Principles");
    private final Code trust = code("Tillit", "Trust");
    private final Code citizens = code("Medborgarfokus", "Citizen focus");
    private final Code early = code("Tillit i utgångsläget", "Trust at the start");
    private final Code practices = code("Praktiker", "Practices");

    CodeTreeTest() {
        codebook.getCodes().add(principles);
        codebook.getCodes().add(practices);
        principles.getChildren().add(trust);
        principles.getChildren().add(citizens);
        trust.getChildren().add(early);
    }

    @Test
    void siblingsAndPlaceAtEveryLevel() {
        assertSame(codebook.getCodes(), CodeTree.siblings(practices));
        assertSame(principles.getChildren(), CodeTree.siblings(citizens));
        assertSame(codebook.getCodes(), CodeTree.children(codebook, null));
        assertSame(trust.getChildren(), CodeTree.children(codebook, trust));
        assertEquals(1, CodeTree.indexOf(practices));
        assertEquals(1, CodeTree.indexOf(citizens));
        assertEquals(0, CodeTree.indexOf(early));
    }

    @Test
    void subtreeAndAllCodesParentsFirst() {
        assertEquals(List.of(principles, trust, early, citizens), CodeTree.subtree(principles));
        assertEquals(List.of(principles, trust, early, citizens, practices), CodeTree.allCodes(codebook));
        assertEquals(3, CodeTree.descendants(principles));
        assertEquals(0, CodeTree.descendants(practices));
    }

    @Test
    void insideItselfAndItsAncestorsOnly() {
        assertTrue(CodeTree.isInside(early, principles));
        assertTrue(CodeTree.isInside(trust, trust));
        assertFalse(CodeTree.isInside(principles, early));
        assertFalse(CodeTree.isInside(citizens, trust));
    }

    @Test
    void pathOfLabelsInTheChosenLanguage() {
        assertEquals(List.of("Principer", "Tillit", "Tillit i utgångsläget"), CodeTree.path(early, Language.SV));
        assertEquals(List.of("Principles", "Trust", "Trust at the start"), CodeTree.path(early, Language.EN));
    }

    @Test
    void formatsHaveShortNames() {
        assertEquals("Word (docx)",
                FormatLabels.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("PDF", FormatLabels.of("application/pdf"));
        assertEquals("Text", FormatLabels.of("text/plain"));
        assertEquals("application/x-unknown", FormatLabels.of("application/x-unknown"), "an unknown type as it is");
        assertEquals("", FormatLabels.of(null));
    }

    private Code code(String sv, String en) {
        Code code = factory.createCode();
        code.setLabelSv(sv);
        code.setLabelEn(en);
        return code;
    }
}
