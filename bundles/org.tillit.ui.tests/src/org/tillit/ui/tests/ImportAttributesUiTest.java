package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.TestSpreadsheets;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.DocumentsView;
import org.tillit.ui.tests.pages.ImportAttributesPage;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher gives the interviews their roles from a spreadsheet: a sheet with a mistake is
 * refused with the reason, the corrected one is applied in one step, and Undo takes it back.
 */
@TillitUiTest
class ImportAttributesUiTest {

    @TempDir
    Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @Test
    void aSheetOfRolesIsPreviewedAppliedAndUndone() throws Exception {
        ImportDialog importing = window.openImportDialog();
        importing.add(TestDocuments.docx(files.resolve("chef-cecilia.docx"), TestDocuments.INTERVIEW));
        importing.add(TestDocuments.odt(files.resolve("medarbetare-david.odt"), TestDocuments.INTERVIEW.subList(0, 2)));
        importing.importFiles();
        DocumentsView documents = window.documents();
        documents.waitFor("medarbetare-david.odt");

        Path wrong = TestSpreadsheets.csv(files.resolve("roller-fel.csv"), List.of(
                List.of("Dokument", "Roll", "Förvaltning"),
                List.of("chef-cecilia", "Rektor", "Vård och omsorg"),
                List.of("medarbetare-erik", "Medarbetare", "Vård och omsorg")), ';', StandardCharsets.UTF_8, true);
        ImportAttributesPage dialog = window.openImportAttributesDialog().read(wrong);
        List<String> problems = dialog.problems();
        assertTrue(problems.get(0).startsWith("Row 2, Roll: 'Rektor' is not one of Chef/enhetschef"), problems.toString());
        assertEquals("Row 3: no document or case is named 'medarbetare-erik'.", problems.get(1));
        assertFalse(dialog.canApply(), "a sheet with a bad value is not applied at all");

        Path right = TestSpreadsheets.xlsx(files.resolve("roller.xlsx"), List.of(
                List.of("Dokument", "Roll", "Förvaltning"),
                List.of("chef-cecilia", "Chef", "Vård och omsorg"),
                List.of("medarbetare-david.odt", "Medarbetare", "Vård och omsorg"),
                List.of("medarbetare-erik", "Medarbetare", "Utbildning")));
        dialog.read(right);
        assertEquals(List.of("Row 4: no document or case is named 'medarbetare-erik'."), dialog.problems());
        assertEquals(List.of("Row", "Name in the sheet", "Matches", "Roll (category)", "Förvaltning (new, category)"),
                dialog.preview().columnTitles());
        assertEquals("document 'chef-cecilia.docx'", dialog.preview().cell("2", "Matches"));
        assertEquals("Chef/enhetschef", dialog.preview().cell("2", "Roll (category)"));
        assertFalse(dialog.canApply(), "unknown names must be fixed or left out on purpose");
        dialog.leaveOutUnknownNames();
        assertTrue(dialog.canApply());
        Screenshots.capture(bot, "import-attributes-preview");
        dialog.apply();

        bot.waitUntil(Condition.of("the Förvaltning column", () -> documents.columnTitles().contains("Förvaltning")));
        assertEquals("Chef/enhetschef", documents.cell("chef-cecilia.docx", "Roll"));
        assertEquals("Medarbetare", documents.cell("medarbetare-david.odt", "Roll"));
        assertEquals("Vård och omsorg", documents.cell("medarbetare-david.odt", "Förvaltning"));
        Screenshots.capture(bot, "documents-with-attributes");

        assertEquals("Undo Import Attributes from roller.xlsx", window.undo());
        bot.waitUntil(Condition.of("the attribute columns to go", () -> !documents.columnTitles().contains("Förvaltning")));
        assertFalse(documents.columnTitles().contains("Roll"), documents.columnTitles().toString());
        window.redo();
        bot.waitUntil(Condition.of("the Roll column back", () -> documents.columnTitles().contains("Roll")));
        assertEquals("Chef/enhetschef", documents.cell("chef-cecilia.docx", "Roll"));

        // A later sheet changes a value under the same columns: the view shows the new one.
        Path correction = TestSpreadsheets.csv(files.resolve("rattelse.csv"), List.of(
                List.of("Dokument", "Roll"), List.of("chef-cecilia.docx", "Medarbetare")), ',', StandardCharsets.UTF_8,
                false);
        window.openImportAttributesDialog().read(correction).apply();
        bot.waitUntil(Condition.of("the corrected role", () -> "Medarbetare".equals(documents.cell("chef-cecilia.docx",
                "Roll"))));
        assertEquals("Vård och omsorg", documents.cell("chef-cecilia.docx", "Förvaltning"));
    }
}
