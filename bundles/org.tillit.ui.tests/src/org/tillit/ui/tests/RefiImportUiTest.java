package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.RefiImportPage;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * File > Import from Other Programs…: a colleague's REFI-QDA project is read, what it brings said
 * before anything changes, then brought in as one step that Edit > Undo takes back; a broken file is named.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefiImportUiTest {

    private static final String PROJECT = "<?xml version='1.0' encoding='UTF-8'?>"
            + "<Project xmlns='urn:QDA-XML:project:1.0' name='Kollega' origin='NVivo 14'>"
            + "<Users><User guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a01' name='Bo'/></Users>"
            + "<CodeBook><Codes><Code guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a02' name='Stöd från kollegor' isCodable='true'/>"
            + "</Codes></CodeBook><Sources><TextSource guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a03' name='Intervju med Bo'>"
            + "<PlainTextContent>IP: Kollegorna stöttar mig varje dag.</PlainTextContent>"
            + "<PlainTextSelection guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a04' startPosition='4' endPosition='22' "
            + "creatingUser='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a01'><Coding guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a05' "
            + "creatingUser='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a01'><CodeRef targetGUID='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a02'/>"
            + "</Coding></PlainTextSelection></TextSource>"
            + "<AudioSource guid='6f1c8b0e-3a7d-4f2e-9c1a-0b1d2e3f4a06' name='Inspelning'/></Sources></Project>";

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @Test
    @Order(1)
    void aColleaguesProjectIsPlannedThenBroughtInAndUndoTakesItBack() throws Exception {
        Path qdpx = files.resolve("kollega.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(PROJECT.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        RefiImportPage page = RefiImportPage.fromFileMenu(bot).read(qdpx, "Documents: 1 added");
        assertTrue(page.plan().contains("AudioSource"), "what is not carried, before anything changes: " + page.plan());
        assertTrue(window.documents().names().isEmpty(), "nothing changed yet");
        String said = page.importIt();
        assertTrue(said.contains("Imported kollega.qdpx") && said.contains("AudioSource"), said);
        window.documents().waitFor("Intervju med Bo");
        assertEquals("1", window.documents().codings("Intervju med Bo"));
        window.undo();
        bot.waitUntil(Condition.of("the import undone", () -> window.documents().names().isEmpty()));
    }

    @Test
    @Order(2)
    void aFileThatIsNoArchiveIsNamedAndCannotBeImported() throws Exception {
        Path broken = Files.writeString(files.resolve("trasig.qdpx"), "inte en zip");
        RefiImportPage page = RefiImportPage.fromFileMenu(bot).read(broken, "trasig.qdpx");
        assertFalse(page.canImport());
        page.cancel();
    }
}
