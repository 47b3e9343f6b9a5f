package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.RefiImportPage;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * File > Import from Other Programs…: a colleague's REFI-QDA project is read, what it brings said
 * before anything changes, then brought in as one step that Edit > Undo takes back, or made a new
 * project in a folder of its own; a broken file is named.
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
        Path qdpx = colleaguesProject("kollega.qdpx");
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
    void aProjectBecomesANewProjectOfItsOwnAndTheOpenOneIsUntouched() throws Exception {
        Path qdpx = colleaguesProject("kollega-ny.qdpx");
        Path notes = Files.createDirectories(files.resolve("anteckningar"));
        Files.writeString(notes.resolve("läs mig.txt"), "mina anteckningar");
        RefiImportPage page = RefiImportPage.fromFileMenu(bot).read(qdpx, "Documents: 1 added").asNewProjectIn(notes);
        bot.waitUntil(Condition.of("the plan for a new project", () -> page.plan().contains("A new project with everything")));
        assertTrue(page.importRefused("is not empty").contains(notes.toString()));

        Path folder = files.resolve("kollegans projekt");
        String said = page.asNewProjectIn(folder).importAsNewProjectButNotOpenIt();
        assertTrue(said.contains(folder.toString()) && said.contains("AudioSource"), said);
        assertTrue(window.documents().names().isEmpty(), "the open project is untouched");
        BundleContext bundles = FrameworkUtil.getBundle(RefiImportUiTest.class).getBundleContext();
        ProjectStoreFactory stores = bundles.getService(bundles.getServiceReference(ProjectStoreFactory.class));
        try (ProjectStore made = stores.openReadOnly(ProjectLocation.folder(folder))) {
            assertEquals(List.of("Intervju med Bo"), made.read(p -> p.getDocuments().stream().map(d -> d.getName()).toList()));
            assertEquals(List.of("Stöd från kollegor"), made.read(p -> p.getCodebook().getCodes().stream()
                    .map(c -> Labels.label(c, Language.SV)).toList()),
                    "the file's codebook, without the preloaded one");
        }
    }

    @Test
    @Order(3)
    void aFileThatIsNoArchiveIsNamedAndCannotBeImported() throws Exception {
        Path broken = Files.writeString(files.resolve("trasig.qdpx"), "inte en zip");
        RefiImportPage page = RefiImportPage.fromFileMenu(bot).read(broken, "trasig.qdpx");
        assertFalse(page.canImport());
        page.cancel();
    }

    /** The colleague's project as a .qdpx of this name. */
    private static Path colleaguesProject(String name) throws Exception {
        Path qdpx = files.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(PROJECT.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return qdpx;
    }
}
