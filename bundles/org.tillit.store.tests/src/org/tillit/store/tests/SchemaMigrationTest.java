package org.tillit.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.store.h2.SchemaMigrator;

/**
 * Projects written by another Tillit: one written with schema version 1 comes through every
 * migration with its documents, turns and codings (and the coding table rebuilt by version 7), one
 * from a newer Tillit is refused and left alone. The migration's backup is {@link MigrationBackupTest}'s.
 */
class SchemaMigrationTest {

    @TempDir
    Path temp;

    private final H2ProjectStoreFactory stores = new H2ProjectStoreFactory();

    /** A project as Tillit 0.1 wrote it (schema version 1) with one document row of these values. */
    private Path versionOneProject(String name, String documentValues) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        try (var c = ProjectDatabase.open(folder)) {
            c.setAutoCommit(false);
            SchemaMigrator.migrate(c, 1);
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO project (id, name, language, created) VALUES (1, 'Gammalt', 'sv', CURRENT_TIMESTAMP)");
                st.execute("INSERT INTO document (guid, position, name, original_file_name, format, sha256, length, "
                        + "imported, plain_text) VALUES (" + documentValues + ")");
            }
            c.commit();
        }
        return folder;
    }

    @Test
    void aProjectWrittenWithSchemaVersion1IsMigratedOnOpen() throws Exception {
        Path folder = versionOneProject("from-0.1", "'5f0c0d1e-0000-4000-8000-000000000001', 0, 'Intervju 1.docx', "
                + "'/tmp/Intervju 1.docx', 'application/msword', '" + "9".repeat(64) + "', 9, "
                + "CURRENT_TIMESTAMP, 'Hej hopp!'");
        try (ProjectStore store = stores.open(folder)) {
            assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
            Document old = store.documents().get(0);
            assertEquals("Hej hopp!", store.text(old));
            assertEquals("Intervju 1.docx", store.casesOf(old).get(0).getName(), "each old document became a case");
            assertEquals(List.of(0), old.getLineStarts(), "lines derived for old documents");
            assertEquals(4, store.project().getAttributeDefinitions().size());
        }
    }

    @Test
    void turnsOfAVersion1TranscriptComeThroughEveryMigration() throws Exception {
        Path folder = versionOneProject("transcript-0.1", "'5f0c0d1e-0000-4000-8000-000000000002', 0, "
                + "'Intervju 2.txt', '/tmp/Intervju 2.txt', 'text/plain', '" + "8".repeat(64) + "', 25, "
                + "CURRENT_TIMESTAMP, 'I: [00:01] Hej.' || CHAR(10) || 'IP: Hopp!'");
        try (ProjectStore store = stores.open(folder)) {
            Document old = store.documents().get(0);
            assertEquals(List.of("I 0-15 00:01", "IP 16-25 null"), old.getTurns().stream()
                    .map(t -> t.getSpeaker() + " " + t.getStart() + "-" + t.getEnd() + " " + t.getTimestamp()).toList());
        }
        try (ProjectStore store = stores.open(folder)) {
            assertEquals(2, store.documents().get(0).getTurns().size(), "kept in the document row");
        }
    }

    @Test
    void codingsOfAVersion1ProjectComeThroughTheRebuiltCodingTableWithOneIndexPerLookup() throws Exception {
        String document = "'5f0c0d1e-0000-4000-8000-000000000003'";
        Path folder = versionOneProject("coded-0.1", document + ", 0, 'Intervju 3.txt', '/tmp/Intervju 3.txt', "
                + "'text/plain', '" + "7".repeat(64) + "', 9, CURRENT_TIMESTAMP, 'Hej hopp!'");
        try (var c = ProjectDatabase.open(folder);
                var st = c.createStatement()) {
            st.execute("INSERT INTO code (guid, position, label_sv, color, codable) VALUES "
                    + "('5f0c0d1e-0000-4000-8000-0000000000c1', 0, 'Stöd', '#aa0000', TRUE)");
            st.execute("INSERT INTO coder (guid, name) VALUES ('5f0c0d1e-0000-4000-8000-0000000000a1', 'Anna')");
            st.execute("INSERT INTO coding (guid, document_guid, code_guid, start_cp, end_cp, coder_guid, created, memo) "
                    + "VALUES ('5f0c0d1e-0000-4000-8000-0000000000b1', " + document + ", "
                    + "'5f0c0d1e-0000-4000-8000-0000000000c1', 4, 8, '5f0c0d1e-0000-4000-8000-0000000000a1', "
                    + "CURRENT_TIMESTAMP, 'ett memo')");
        }
        try (ProjectStore store = stores.open(folder)) {
            Coding coding = store.documents().get(0).getCodings().get(0);
            assertEquals("4-8 Stöd Anna ett memo", coding.getStart() + "-" + coding.getEnd() + " "
                    + coding.getCode().getLabelSv() + " " + coding.getCoder().getName() + " " + coding.getMemo());
        }
        try (var c = ProjectDatabase.open(folder);
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES "
                        + "WHERE TABLE_NAME = 'CODING' ORDER BY INDEX_NAME")) {
            List<String> indexes = new ArrayList<>();
            while (rs.next()) {
                indexes.add(rs.getString(2).equals("PRIMARY KEY") ? "PRIMARY KEY" : rs.getString(1));
            }
            assertEquals(List.of("CODING_CODE", "CODING_CODER", "CODING_DOCUMENT", "PRIMARY KEY"), indexes,
                    "the foreign keys use the lookup indexes instead of keeping their own");
            st.execute("DELETE FROM document");
            try (var left = st.executeQuery("SELECT COUNT(*) FROM coding")) {
                left.next();
                assertEquals(0, left.getInt(1), "a document's codings still go with it");
            }
        }
    }

    @Test
    void aProjectFromANewerTillitIsRefusedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("p");
        stores.open(folder).close();
        try (var connection = ProjectDatabase.existing(folder)) {
            connection.createStatement().execute("INSERT INTO schema_version VALUES (99, CURRENT_TIMESTAMP)");
        }
        byte[] before = Files.readAllBytes(folder.resolve("tillit.mv.db"));
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.open(folder));
        assertTrue(e.getMessage().contains("newer version of Tillit"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("tillit.mv.db")), "nothing on disk changed");
    }
}
