package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.NewProjectImport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.FailingStore;

/**
 * A REFI-QDA project becomes a new Tillit project in a missing or empty folder: everything the file
 * holds and nothing else (no preloaded codebook); a folder holding anything is refused untouched;
 * a failure at any store call leaves no project behind.
 */
class NewProjectImportTest {

    private static final CoderIdentity ME = new CoderIdentity("Anna");

    @TempDir
    Path temp;

    private final H2ProjectStoreFactory h2 = new H2ProjectStoreFactory();

    @Test
    void aMissingFolderBecomesAProjectWithWhatTheFileHolds() throws Exception {
        RefiContent content = content();
        Path folder = temp.resolve("ny/studie");
        List<RefiImportPlan> heard = new ArrayList<>();
        NewProjectImport.Result result = NewProjectImport.into(h2, folder, ME, content, heard::add);
        assertEquals(1, heard.size(), "the plan is told before it is applied");
        assertTrue(result.plan().intoEmptyProject());
        assertTrue(result.report().isEmpty(), result.report().text());
        try (ProjectStore store = h2.openReadOnly(ProjectLocation.folder(folder))) {
            assertEquals(List.of("Intervju A", "Intervju B"), store.read(p -> p.getDocuments().stream()
                    .map(Document::getName).toList()));
            assertEquals(content.allCodes().size(), store.read(p -> CodeTree.allCodes(p.getCodebook()).size()),
                    "the file's codes and no preloaded codebook");
            assertEquals(3, store.read(p -> p.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum()));
        }
        assertTrue(content.summary().contains("2"), content.summary());
    }

    @Test
    void anEmptyFolderIsUsedAndAFolderHoldingAnythingIsRefusedUntouched() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("tom"));
        assertTrue(ProjectLocation.folder(empty).isFreeForNewProject());
        NewProjectImport.into(h2, empty, ME, content(), plan -> { });
        assertFalse(ProjectLocation.folder(empty).isFreeForNewProject(), "it holds a project now");

        Path notes = Files.createDirectories(temp.resolve("anteckningar"));
        Files.writeString(notes.resolve("läs mig.txt"), "mina anteckningar");
        assertFalse(ProjectLocation.folder(notes).isFreeForNewProject(), "someone's files are there");
        ProjectStoreException refused = assertThrows(ProjectStoreException.class,
                () -> NewProjectImport.into(h2, notes, ME, content(), plan -> { }));
        assertTrue(refused.getMessage().contains(notes.toString()), refused.getMessage());
        assertEquals(List.of(notes.resolve("läs mig.txt")), list(notes));
    }

    @Test
    void aFailureAtAnyStoreCallLeavesNoProjectBehind() throws Exception {
        RefiContent content = content();
        for (int n = 1;; n++) {
            Path folder = temp.resolve("fel" + n);
            FailingFactory failing = new FailingFactory(n);
            try {
                NewProjectImport.into(failing, folder, ME, content, plan -> { });
            } catch (Throwable expected) { // the injected failure, whichever kind
                assertTrue(failing.failed(), "failing after store call " + n + ": " + expected);
                assertFalse(Files.exists(folder), "failing after store call " + n + ": no project is left");
                continue;
            }
            assertFalse(failing.failed(), "a failure after store call " + n + " went unnoticed");
            assertTrue(n > 5, "the import made " + (n - 1) + " store calls only");
            return;
        }
    }

    private RefiContent content() throws Exception {
        return QdpxImport.read(QdpxFixture.twoInterviews().write(Files.createTempFile(temp, "studie", ".qdpx")), null);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    /** H2 projects whose store fails after the n-th call. */
    private static final class FailingFactory implements ProjectStoreFactory {

        private final H2ProjectStoreFactory real = new H2ProjectStoreFactory();
        private final int failAfter;
        private FailingStore made;

        FailingFactory(int failAfter) {
            this.failAfter = failAfter;
        }

        boolean failed() {
            return made != null && made.failed();
        }

        @Override
        public ProjectStore createEmpty(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
            made = FailingStore.around(real.createEmpty(location, coder));
            made.failAfter(failAfter, FailingStore.kindOfFailure(failAfter));
            return made.store();
        }

        @Override
        public boolean supports(ProjectLocation location) {
            return real.supports(location);
        }

        @Override
        public ProjectStore open(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
            return real.open(location, coder);
        }

        @Override
        public ProjectStore openExisting(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
            return real.openExisting(location, coder);
        }

        @Override
        public ProjectStore openReadOnly(ProjectLocation location) throws ProjectStoreException {
            return real.openReadOnly(location);
        }
    }
}
