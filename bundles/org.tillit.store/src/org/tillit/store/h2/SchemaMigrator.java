package org.tillit.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.eclipse.osgi.util.NLS;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;

/**
 * Brings a project database to the current schema with versioned scripts {@code db/V<n>__*.sql}.
 * H2 commits DDL statements implicitly, so a script is not one transaction: the factory copies
 * the database aside before migrating and puts it back on failure ({@link MigrationBackup}). A
 * project written by a newer Tillit is refused, never touched.
 */
public final class SchemaMigrator {

    /** Scripts in order; the index + 1 is the schema version each one produces. */
    private static final String[] SCRIPTS = { "db/V1__initial.sql", "db/V2__cases_attributes.sql",
        "db/V3__transcript_structure.sql", "db/V4__document_positions.sql", "db/V5__text_edits.sql",
        "db/V6__retired_codes.sql", "db/V7__coding_indexes.sql" };

    public static final int CURRENT_VERSION = SCRIPTS.length;

    private SchemaMigrator() {
    }

    /** Data a version needs besides its script (the seed of a new project, derived columns). */
    @FunctionalInterface
    interface DataStep {
        void run(Connection connection, int version) throws SQLException;
    }

    /**
     * @param steps run after each script and before its version is recorded, so that a version
     *            is only ever recorded with its data
     * @return the version the database had before migrating (0 for a new one)
     */
    static int migrate(Connection connection, DataStep steps) throws SQLException, ProjectStoreException {
        return migrate(connection, CURRENT_VERSION, steps);
    }

    /**
     * Migrates up to the given version only, with the scripts alone: tests use it to write projects
     * as an older Tillit wrote them.
     */
    public static int migrate(Connection connection, int targetVersion) throws SQLException, ProjectStoreException {
        return migrate(connection, targetVersion, (c, version) -> { });
    }

    private static int migrate(Connection connection, int targetVersion, DataStep steps)
            throws SQLException, ProjectStoreException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "applied TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        connection.commit();
        int found = currentVersion(connection);
        if (found > CURRENT_VERSION) {
            throw new ProjectStoreException(NLS.bind(Messages.NewerTillit, found, CURRENT_VERSION));
        }
        for (int version = found + 1; version <= targetVersion; version++) {
            apply(connection, version, steps);
        }
        return found;
    }

    /** The schema version of a database that may have no schema yet (0). */
    static int versionOf(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'SCHEMA_VERSION'")) {
            rs.next();
            return rs.getInt(1) == 0 ? 0 : currentVersion(connection);
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, DataStep steps) throws SQLException {
        String script = readScript(SCRIPTS[version - 1]);
        try (Statement st = connection.createStatement()) {
            for (String statement : script.split(";\\s*\\n")) {
                String sql = stripComments(statement);
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            steps.run(connection, version);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_version (version, applied) VALUES (?, ?)")) {
                ps.setInt(1, version);
                ps.setObject(2, OffsetDateTime.now());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static String stripComments(String statement) {
        StringBuilder sql = new StringBuilder();
        for (String line : statement.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        return sql.toString().strip();
    }

    private static String readScript(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + name + " is missing from the store bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + name, e);
        }
    }
}
