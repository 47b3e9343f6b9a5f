package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.QdpxExport;
import org.tillit.export.ExportException;
import org.tillit.store.ProjectStoreException;

/**
 * An export that cannot finish leaves no file (and an earlier one as it was): a cancel, a target
 * that cannot be written, a project changed while it was read; progress counts each document.
 */
class QdpxExportFailureTest {

    @TempDir
    Path temp;

    private RefiStudy study;

    @BeforeEach
    void open() throws Exception {
        study = new RefiStudy(temp);
    }

    @AfterEach
    void close() {
        study.close();
    }

    @Test
    void progressCountsEachDocumentInBothPasses() {
        Monitor monitor = new Monitor(Integer.MAX_VALUE, null);
        QdpxExport.write(study.store, temp.resolve("studie.qdpx"), monitor);
        assertEquals(2 * study.store.documents().size(), monitor.ticks);
        assertTrue(monitor.task.contains("studie.qdpx"), monitor.task);
    }

    @Test
    void cancelLeavesNoFileAndTheEarlierOneAsItWas() throws Exception {
        Path file = Files.writeString(temp.resolve("studie.qdpx"), "förra exporten");
        assertThrows(OperationCanceledException.class, () -> QdpxExport.write(study.store, file, new Monitor(2, null)));
        assertEquals("förra exporten", Files.readString(file));
        Path fresh = temp.resolve("ny.qdpx");
        assertThrows(OperationCanceledException.class, () -> QdpxExport.write(study.store, fresh, new Monitor(5, null)));
        assertFalse(Files.exists(fresh));
        assertEquals(List.of(), partialFiles());
    }

    @Test
    void anUnwritableTargetIsRefusedWithAMessageNamingIt() throws Exception {
        Path missingFolder = temp.resolve("saknas").resolve("studie.qdpx");
        ExportException noFolder = assertThrows(ExportException.class,
                () -> QdpxExport.write(study.store, missingFolder, new NullProgressMonitor()));
        assertTrue(noFolder.getMessage().contains(missingFolder.toString()) && noFolder.getMessage().contains("folder"),
                noFolder.getMessage());
        Path folder = Files.createDirectories(temp.resolve("mapp.qdpx"));
        ExportException isFolder = assertThrows(ExportException.class,
                () -> QdpxExport.write(study.store, folder, new NullProgressMonitor()));
        assertTrue(isFolder.getMessage().contains(folder.toString()), isFolder.getMessage());
    }

    @Test
    void aChangeWhileExportingIsRefusedRatherThanWrittenHalfOld() throws Exception {
        Path file = temp.resolve("studie.qdpx");
        Monitor changing = new Monitor(Integer.MAX_VALUE, () -> study.store.saveMemo(study.report, "Ny anteckning."));
        ExportException changed = assertThrows(ExportException.class, () -> QdpxExport.write(study.store, file, changing));
        assertTrue(changed.getMessage().contains(file.toString()) && changed.getMessage().contains("changed"),
                changed.getMessage());
        assertFalse(Files.exists(file));
        assertEquals(List.of(), partialFiles());
    }

    private List<Path> partialFiles() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** A change the monitor makes to the project halfway. */
    @FunctionalInterface
    private interface Change {
        void make() throws ProjectStoreException;
    }

    /** Counts the steps worked, cancels after the given number, and can change the project at the first. */
    private static final class Monitor extends NullProgressMonitor {
        private final int cancelAfter;
        private Change change;
        String task = "";
        int ticks;

        Monitor(int cancelAfter, Change change) {
            this.cancelAfter = cancelAfter;
            this.change = change;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name;
        }

        @Override
        public void worked(int work) {
            ticks++;
            if (change != null) {
                try {
                    change.make();
                } catch (ProjectStoreException e) {
                    throw new IllegalStateException(e);
                }
                change = null;
            }
        }

        @Override
        public boolean isCanceled() {
            return ticks >= cancelAfter;
        }
    }
}
