package org.tillit.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.store.h2.SchemaMigrator;

/**
 * H2 commits DDL on its own, so a migration is not one transaction: the store copies the
 * database aside first. A failed migration puts the copy back (the file is byte for byte as the
 * older Tillit left it) and says so; a migration that works leaves no copy behind.
 */
class MigrationBackupTest {

    @TempDir
    Path temp;

    private final H2ProjectStoreFactory stores = new H2ProjectStoreFactory();

    @Test
    void aFailedMigrationPutsTheProjectBackAsItWasAndSaysSo() throws Exception {
        Path folder = projectAtVersion(2);
        // Version 3 creates document_turn: a table of that name already there makes it fail
        // after version 3's first statements (two ALTER TABLEs) have been committed by H2.
        execute(folder, "CREATE TABLE document_turn (x INT)");
        Path database = folder.resolve("tillit.mv.db");
        byte[] before = Files.readAllBytes(database);

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.open(folder));

        assertTrue(e.getMessage().contains("could not be updated from schema version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("put back exactly as it was"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(database), "the database file is as before the attempt");
        assertEquals(List.of("tillit.mv.db"), filesIn(folder), "no copy is left behind");
    }

    @Test
    void aMigrationThatWorksLeavesNoCopyBehind() throws Exception {
        Path folder = projectAtVersion(2);
        try (ProjectStore store = stores.open(folder)) {
            assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
            assertEquals("Gammal intervju.docx", store.documents().get(0).getName());
        }
        assertEquals(List.of("tillit.mv.db"), filesIn(folder));
    }

    @Test
    void aMigrationCutShortIsStartedAgainFromTheCopyTakenBeforeIt() throws Exception {
        Path folder = projectAtVersion(2);
        Path database = folder.resolve("tillit.mv.db");
        // As if Tillit was killed during version 3: the copy was taken, then the first of the
        // script's statements committed (H2 commits DDL at once), and nothing more.
        Path copy = Files.copy(database, folder.resolve("tillit.mv.db.before-schema-3"));
        execute(folder, "ALTER TABLE document ADD COLUMN line_starts INT ARRAY");

        try (ProjectStore store = stores.open(folder)) {
            assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
            assertEquals(List.of(0), store.documents().get(0).getLineStarts(), "derived in the migration");
        }
        assertEquals(List.of("tillit.mv.db"), filesIn(folder), "the copy was used and then removed");
        assertTrue(Files.notExists(copy));
    }

    /** A project as an older Tillit wrote it, with one document. */
    private Path projectAtVersion(int version) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("old"));
        try (var c = ProjectDatabase.open(folder)) {
            c.setAutoCommit(false);
            SchemaMigrator.migrate(c, version);
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO project (id, name, language, created) VALUES (1, 'Gammalt', 'sv', CURRENT_TIMESTAMP)");
                st.execute("INSERT INTO document (guid, position, name, original_file_name, format, sha256, length, "
                        + "imported, plain_text) VALUES ('5f0c0d1e-0000-4000-8000-000000000001', 3, 'Gammal intervju.docx', "
                        + "'/tmp/Gammal intervju.docx', 'application/msword', '" + "9".repeat(64) + "', 9, "
                        + "CURRENT_TIMESTAMP, 'Hej hopp!')");
            }
            c.commit();
        }
        return folder;
    }

    private static void execute(Path folder, String sql) throws Exception {
        try (var c = ProjectDatabase.existing(folder);
                var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
