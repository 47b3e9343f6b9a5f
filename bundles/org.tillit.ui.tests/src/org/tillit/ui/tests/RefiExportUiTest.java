package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.RefiXml;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.RefiExportPage;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/** File > Export for Other Programs…: the coded project as a .qdpx another program reads, or its codebook as a .qdc. */
@TillitUiTest
class RefiExportUiTest {

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();

    @BeforeAll
    static void importAndCode() throws Exception {
        UiBot bot = new UiBot();
        new CodedInterviews(bot).importTexts(files, List.of("chef-anna.txt", "medarbetare-bo.txt"), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Vi fick stöd av en processledare."),
                List.of("I: Och tiden?", "IP: Tiden räcker inte, men vi får bestämma mer själva.")));
        TillitWindow window = new TillitWindow(bot);
        window.code("chef-anna.txt", "stöd av en processledare", "Stöd");
        window.code("medarbetare-bo.txt", "Tiden räcker inte", "Stöd");
    }

    @Test
    void theProjectGoesToAQdpxWithItsTextsAndCodingsValidAgainstTheStandard() throws Exception {
        Path qdpx = files.resolve("studie.qdpx");
        String said = RefiExportPage.fromFileMenu(bot).file(qdpx).export();
        assertTrue(said.contains("2 documents, 2 codings"), said);
        List<String> entries = new ArrayList<>();
        byte[] project = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals(RefiXml.PROJECT_ENTRY)) {
                    project = zip.readAllBytes();
                }
            }
        }
        assertEquals(2, entries.stream().filter(e -> e.startsWith("sources/") && e.endsWith(".txt")).count(), entries.toString());
        RefiXml.projectSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
    }

    @Test
    void theCodebookAloneGoesToAQdcAndTheFileNameFollowsTheChoice() throws Exception {
        RefiExportPage page = RefiExportPage.fromFileMenu(bot).file(files.resolve("kodbok.qdpx")).codebookOnly();
        assertEquals(files.resolve("kodbok.qdc").toString(), page.file());
        String said = page.export();
        assertTrue(said.contains("a codebook of"), said);
        RefiXml.codebookSchema().newValidator().validate(new StreamSource(files.resolve("kodbok.qdc").toFile()));
    }

    @Test
    void aCodeSelectedInTheCodebookGoesAloneWithItsSubCodesToAQdc() throws Exception {
        new TillitWindow(bot).codebook().select("Behov av stöd");
        RefiExportPage page = RefiExportPage.fromFileMenu(bot).file(files.resolve("stod.qdpx"));
        assertTrue(page.branchLabel().contains("Behov av stöd"), page.branchLabel());
        page.branchOnly();
        assertEquals(files.resolve("stod.qdc").toString(), page.file());
        String said = page.export();
        assertTrue(said.contains("a branch of the codebook, 3 codes"), said);
        Path qdc = files.resolve("stod.qdc");
        RefiXml.codebookSchema().newValidator().validate(new StreamSource(qdc.toFile()));
        String xml = Files.readString(qdc);
        assertEquals(3, xml.split("<Code ", -1).length - 1, xml);
        assertFalse(xml.contains("name=\"Principer\""), "the branch alone");
    }
}
