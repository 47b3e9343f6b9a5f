package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodebookView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/** A researcher adapts the TBSL codebook: adds, renames, filters, switches language, undoes. */
@TillitUiTest
class CodebookEditingUiTest {

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @Test
    void aCodeAddedFromTheToolbarCanBeUndoneAndRedoneFromTheEditMenu() {
        CodebookView codebook = window.codebook();
        codebook.select("Behov av stöd");
        codebook.addCode("Tidsbrist", "Lack of time");
        codebook.waitUntilGroupsInclude("Tidsbrist");
        List<String> groups = codebook.groups();
        assertEquals(groups.indexOf("Behov av stöd") + 1, groups.indexOf("Tidsbrist"), "added after the selection");
        assertEquals("Undo Add code 'Tidsbrist'", window.editLabel("Undo"));
        Screenshots.capture(bot, "codebook-code-added");

        window.undo();
        codebook.waitUntilGroupsExclude("Tidsbrist");
        assertEquals("Redo Add code 'Tidsbrist'", window.editLabel("Redo"));

        window.redo();
        codebook.waitUntilGroupsInclude("Tidsbrist");
        window.undo(); // leave the codebook as the other tests expect it
        codebook.waitUntilGroupsExclude("Tidsbrist");
    }

    @Test
    void renamingACodeShowsAtOnceAndUndoRestoresTheName() {
        CodebookView codebook = window.codebook();
        codebook.select("Tillit i utgångsläget");
        codebook.renameSelected("Tillit från start", "Trust from the start");
        codebook.waitUntilGroupsInclude("Tillit från start");
        assertEquals("Undo Rename code 'Tillit i utgångsläget' to 'Tillit från start'", window.editLabel("Undo"));
        codebook.pressInTree('z', SWT.CTRL);
        codebook.waitUntilGroupsInclude("Tillit i utgångsläget");
        codebook.pressInTree('z', SWT.CTRL, SWT.SHIFT);
        codebook.waitUntilGroupsInclude("Tillit från start");
        codebook.pressInTree('z', SWT.CTRL);
        codebook.waitUntilGroupsInclude("Tillit i utgångsläget");
    }

    @Test
    void theFilterKeepsMatchingCodesAndThePathToThem() {
        CodebookView codebook = window.codebook();
        codebook.filter("granskning");
        codebook.waitUntilGroupsExclude("Principer");
        List<String> shown = codebook.allLabels();
        codebook.filter("");
        assertTrue(shown.contains("Kollegial granskning"), shown.toString());
        assertFalse(shown.contains("Medborgarfokus"), shown.toString());
        for (String label : shown) {
            boolean matches = label.toLowerCase(Locale.ROOT).contains("granskning");
            boolean isGroup = List.of("Principer", "Praktiker", "Problem med styrningen (NPM)", "Införande",
                    "Enhetschefers upplevelser", "Medarbetares upplevelser", "Kollegial granskning",
                    "Tillit i utgångsläget", "Behov av stöd").contains(label) || label.startsWith("Styrning")
                    || label.startsWith("Ledning");
            assertTrue(matches || isGroup, "'" + label + "' neither matches nor leads to a match");
        }
    }

    @Test
    void labelsCanBeReadInEnglish() {
        CodebookView codebook = window.codebook();
        codebook.showIn("EN");
        codebook.waitUntilGroupsInclude("Principles");
        assertTrue(codebook.codesIn("Principles").contains("Trust"), codebook.codesIn("Principles").toString());
        codebook.showIn("SV");
        codebook.waitUntilGroupsInclude("Principer");
    }
}
