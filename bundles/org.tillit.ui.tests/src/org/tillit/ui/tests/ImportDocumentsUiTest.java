package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.DocumentsView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.ImportSummary;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/** A researcher imports transcripts through File > Import Documents… and reads them. */
@TillitUiTest
class ImportDocumentsUiTest {

    @TempDir
    Path files;

    private UiBot bot;
    private TillitWindow window;

    @BeforeEach
    void findTheWorkbench() {
        bot = new UiBot();
        window = new TillitWindow(bot);
    }

    @Test
    void aWordTranscriptImportedThroughTheMenuIsListedAndItsTextShown() throws Exception {
        Path transcript = TestDocuments.docx(files.resolve("enhetschef-anna.docx"), TestDocuments.INTERVIEW);

        ImportDialog dialog = window.openImportDialog();
        assertFalse(dialog.canImport(), "nothing to import yet");
        dialog.add(transcript);
        assertEquals(List.of(transcript.toString()), dialog.files());
        dialog.importFiles();

        DocumentsView documents = window.documents();
        documents.waitFor("enhetschef-anna.docx");
        assertEquals("Word (docx)", documents.format("enhetschef-anna.docx"));
        int expectedLength = String.join("\n", TestDocuments.INTERVIEW).codePointCount(0,
                String.join("\n", TestDocuments.INTERVIEW).length());
        assertTrue(Integer.parseInt(documents.characters("enhetschef-anna.docx").replaceAll("\\D", "")) >= expectedLength);

        documents.open("enhetschef-anna.docx");
        CodingEditorView document = window.editor();
        document.waitUntilShowing("stödet från ledningen är inte alltid där");
        assertTrue(document.title().startsWith("enhetschef-anna.docx  ·  Word (docx)  ·  "), document.title());
        assertTrue(document.title().endsWith("  ·  4 lines  ·  speakers I, IP"), document.title());
        assertTrue(document.text().startsWith("I: Hur upplever du tillitsreformen i hemtjänsten?"), document.text());
        assertTrue(document.text().contains("æ, ø, å"));
        Screenshots.capture(bot, "workbench-document-open");
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheGoodOnesStillLand() throws Exception {
        Path good = TestDocuments.odt(files.resolve("medarbetare-bo.odt"), TestDocuments.INTERVIEW.subList(1, 4));
        Path broken = TestDocuments.truncatedDocx(files.resolve("avbruten-kopia.docx"));
        Path empty = TestDocuments.empty(files.resolve("tom.txt"));
        Path noise = TestDocuments.randomBinary(files.resolve("inspelning.doc"), 20_000);

        ImportDialog dialog = window.openImportDialog();
        dialog.addWithEnter(broken);
        for (Path file : List.of(good, empty, noise)) {
            dialog.add(file);
        }
        dialog.importFiles();

        ImportSummary summary = new ImportSummary(bot);
        String details = summary.details();
        Screenshots.capture(bot, "import-summary");
        assertTrue(details.contains("avbruten-kopia.docx: "), details);
        assertTrue(details.contains("tom.txt: the file is empty"), details);
        assertTrue(details.contains("inspelning.doc: "), details);
        assertFalse(details.contains("medarbetare-bo.odt"), details);
        summary.close();

        window.documents().waitFor("medarbetare-bo.odt");
        List<String> names = window.documents().names();
        assertFalse(names.contains("tom.txt"), names.toString());
        assertFalse(names.contains("avbruten-kopia.docx"), names.toString());
    }

    @Test
    void aTypedFolderIsWalkedForItsFilesWithoutHiddenOnes() throws Exception {
        Path folder = Files.createDirectories(files.resolve("intervjuer/chefer"));
        Path chef = TestDocuments.docx(folder.resolve("chef-1.docx"), TestDocuments.INTERVIEW);
        Path medarbetare = TestDocuments.odt(files.resolve("intervjuer/medarbetare-1.odt"), TestDocuments.INTERVIEW);
        TestDocuments.html(files.resolve("intervjuer/.utkast.html"), TestDocuments.INTERVIEW);

        ImportDialog dialog = window.openImportDialog();
        dialog.addFolder(files.resolve("intervjuer"), List.of(chef, medarbetare));

        assertEquals(List.of(chef.toString(), medarbetare.toString()), dialog.files());
        assertTrue(dialog.canImport());
        dialog.cancel();
    }
}
