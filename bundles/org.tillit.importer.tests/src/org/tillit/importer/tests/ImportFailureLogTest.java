package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.importer.internal.DefaultDocumentImporter;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.LogEntries;
import org.tillit.testing.TestDocuments;

/** A file that fails to import is named to the user in one line and logged, with its stack trace, once. */
class ImportFailureLogTest {

    @TempDir
    Path temp;

    @Test
    void eachFailedFileIsLoggedOnceWithItsNameAndStackTrace() throws Exception {
        Path broken = TestDocuments.truncatedDocx(temp.resolve("trasig.docx"));
        Path empty = TestDocuments.empty(temp.resolve("tom.txt"));
        Path good = TestDocuments.docx(temp.resolve("chef-1.docx"), TestDocuments.INTERVIEW);
        DefaultDocumentImporter importer = new DefaultDocumentImporter(new TikaDocumentExtractor());
        try (LogEntries log = new LogEntries();
                ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            ImportReport report = importer.importFiles(store, List.of(broken, empty, good), new NullProgressMonitor());
            assertEquals(2, report.count(Status.FAILED), report.outcomes().toString());

            List<IStatus> entries = log.withException(ExtractionException.class);
            assertEquals(2, entries.size(), entries.toString());
            for (Path file : List.of(broken, empty)) {
                List<IStatus> forFile = entries.stream().filter(e -> e.getMessage().contains(file.toString())).toList();
                assertEquals(1, forFile.size(), "one entry for " + file + ": " + entries);
                assertTrue(forFile.get(0).getException().getStackTrace().length > 0, "with its stack trace");
                assertEquals("org.tillit.importer", forFile.get(0).getPlugin());
            }
        }
    }
}
