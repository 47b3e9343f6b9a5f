package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.importer.internal.DefaultDocumentImporter;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.model.Document;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.TestDocuments;

/** A batch with bad files in it: the good ones land, each bad one says why, nothing is lost. */
class DocumentImporterTest {

    @TempDir
    Path temp;

    private final DefaultDocumentImporter importer = new DefaultDocumentImporter(new TikaDocumentExtractor());

    @Test
    void badFilesAreReportedByNameAndTheRestOfTheBatchLands() throws Exception {
        Path good1 = TestDocuments.docx(temp.resolve("chef-1.docx"), TestDocuments.INTERVIEW);
        Path broken = TestDocuments.truncatedDocx(temp.resolve("trasig.docx"));
        Path empty = TestDocuments.empty(temp.resolve("tom.txt"));
        Path noise = TestDocuments.randomBinary(temp.resolve("brus.docx"), 10_000);
        Path good2 = TestDocuments.odt(temp.resolve("medarbetare-1.odt"), TestDocuments.INTERVIEW.subList(0, 2));

        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            store.addDocument(existingDocument());
            ImportReport report = importer.importFiles(store, List.of(good1, broken, empty, noise, good2),
                    new NullProgressMonitor());

            assertEquals(List.of(Status.IMPORTED, Status.FAILED, Status.FAILED, Status.FAILED, Status.IMPORTED),
                    report.outcomes().stream().map(ImportOutcome::status).toList(), report.outcomes().toString());
            assertEquals("2 imported, 0 skipped, 3 failed", report.summary());
            for (ImportOutcome failed : report.with(Status.FAILED)) {
                assertTrue(failed.describe().startsWith(failed.file().getFileName() + ": "), failed.describe());
                assertFalse(failed.message().isBlank());
            }
            assertEquals("the file is empty", report.outcomes().get(2).message());
            assertEquals(List.of("earlier.txt", "chef-1.docx", "medarbetare-1.odt"),
                    store.documents().stream().map(Document::getName).toList(), "nothing lost, nothing half-imported");
            assertTrue(store.text(store.documents().get(1)).contains("större handlingsutrymme"));
        }
    }

    @Test
    void theSameFileImportedTwiceIsSkippedWithANote() throws Exception {
        Path file = TestDocuments.docx(temp.resolve("intervju.docx"), TestDocuments.INTERVIEW);
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            importer.importFiles(store, List.of(file), new NullProgressMonitor());
            ImportReport again = importer.importFiles(store, List.of(file), new NullProgressMonitor());
            assertEquals(Status.SKIPPED, again.outcomes().get(0).status());
            assertEquals("already in the project as 'intervju.docx'", again.outcomes().get(0).message());
            assertEquals(1, store.documents().size());
        }
    }

    @Test
    void aCopyLaterInTheSameBatchIsSkippedAndTheOrderIsKept() throws Exception {
        Path first = TestDocuments.docx(temp.resolve("a.docx"), TestDocuments.INTERVIEW);
        Path copy = Files.copy(first, temp.resolve("a-kopia.docx"));
        Path other = TestDocuments.odt(temp.resolve("b.odt"), TestDocuments.INTERVIEW.subList(0, 2));
        Path last = TestDocuments.text(temp.resolve("c.txt"), List.of("Sista filen."), StandardCharsets.UTF_8, false);
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            ImportReport report = importer.importFiles(store, List.of(first, copy, other, last),
                    new NullProgressMonitor());
            assertEquals(List.of(Status.IMPORTED, Status.SKIPPED, Status.IMPORTED, Status.IMPORTED),
                    report.outcomes().stream().map(ImportOutcome::status).toList(), report.outcomes().toString());
            assertEquals("already in the project as 'a.docx'", report.outcomes().get(1).message());
            assertEquals(List.of("a.docx", "b.odt", "c.txt"),
                    store.documents().stream().map(Document::getName).toList());
            assertEquals("Sista filen.", store.text(store.documents().get(2)));
        }
    }

    @Test
    void cancellingKeepsWhatWasImported() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            files.add(TestDocuments.docx(temp.resolve("intervju-" + i + ".docx"),
                    List.of("IP: Intervju nummer " + i + " om tillit.")));
        }
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(true); // the user presses Cancel as soon as the first files are in
            }
        };
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            ImportReport report = importer.importFiles(store, files, monitor);
            assertTrue(report.cancelled());
            assertFalse(report.outcomes().isEmpty(), "what was done before Cancel is reported");
            assertTrue(report.outcomes().size() < files.size(), report.outcomes().size() + " outcomes");
            List<String> reported = report.outcomes().stream().map(o -> o.file().getFileName().toString()).toList();
            assertEquals(reported, store.documents().stream().map(Document::getName).toList(),
                    "every file reported as imported is in the project, in order, and nothing else");
            assertEquals(files.subList(0, reported.size()).stream().map(f -> f.getFileName().toString()).toList(),
                    reported);
        }
    }

    private NewDocument existingDocument() throws Exception {
        Path earlier = TestDocuments.text(temp.resolve("earlier.txt"), List.of("Tidigare intervju."),
                StandardCharsets.UTF_8, false);
        return new NewDocument("earlier.txt", earlier, "text/plain", "c".repeat(64),
                "Tidigare intervju.", Map.of());
    }
}
