package org.tillit.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodebookReader;
import org.tillit.model.log.FailureLog;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.store.l10n.Messages;

/** Opens project folders holding an H2 file database {@value #DATABASE_NAME}.mv.db. */
public final class H2ProjectStoreFactory implements ProjectStoreFactory {

    static final String DATABASE_NAME = "tillit";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

    /**
     * Projects open in this JVM. H2's file lock keeps other processes out, but inside one JVM H2
     * would share the database between two opens, and two stores would disagree about the model.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    @Override
    public boolean supports(ProjectLocation location) {
        return location.folder().isPresent();
    }

    @Override
    public ProjectStore openExisting(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
        Path dir = folderOf(location);
        if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
            throw new ProjectStoreException(NLS.bind(Messages.NoProject, dir, DATABASE_FILE));
        }
        return open(location, coder);
    }

    @Override
    public ProjectStore open(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
        return open(location, coder, Start.TBSL);
    }

    @Override
    public ProjectStore createEmpty(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException {
        Path dir = folderOf(location);
        if (Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
            throw new ProjectStoreException(NLS.bind(Messages.ProjectThere, dir));
        }
        return open(location, coder, Start.EMPTY);
    }

    /** What a project made by an open starts with. */
    private enum Start {
        /** The study's codebook and preset attributes: what a researcher starts coding with. */
        TBSL,
        /** Nothing: a project brought from another program holds that program's codebook alone. */
        EMPTY
    }

    private static ProjectStore open(ProjectLocation location, CoderIdentity coder, Start start) throws ProjectStoreException {
        Path dir = folderOf(location);
        if (!OPEN.add(dir)) {
            throw alreadyOpen(dir, null);
        }
        try {
            return openUnshared(dir, coder, start);
        } catch (ProjectStoreException | RuntimeException | Error e) {
            OPEN.remove(dir);
            throw e;
        }
    }

    @Override
    public ProjectStore openReadOnly(ProjectLocation location) throws ProjectStoreException {
        Path dir = folderOf(location);
        if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
            throw new ProjectStoreException(NLS.bind(Messages.NoProject, dir, DATABASE_FILE));
        }
        // In this JVM a second connection shares the open database; another process is kept
        // out by H2's file lock, as for any open.
        Connection connection = connect(dir, Mode.OPEN);
        try {
            try (var st = connection.createStatement()) {
                // One snapshot for the whole load, whatever the working store commits meanwhile.
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            if (SchemaMigrator.versionOf(connection) != SchemaMigrator.CURRENT_VERSION) {
                throw new ProjectStoreException(NLS.bind(Messages.OpenForWorkFirst, dir));
            }
            return H2ProjectStore.readOnly(dir, connection, load(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ProjectStoreException(NLS.bind(Messages.CannotRead, dir, e.getMessage()), e);
        } catch (ProjectStoreException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Path folderOf(ProjectLocation location) throws ProjectStoreException {
        return location.folder().orElseThrow(() -> new ProjectStoreException(
                NLS.bind(Messages.NotAFolder, location))).toAbsolutePath().normalize();
    }

    private static ProjectStore openUnshared(Path dir, CoderIdentity coder, Start start) throws ProjectStoreException {
        boolean isNew = checkFolder(dir);
        int seen = isNew ? 0 : checkReadOnly(dir);
        // H2 commits DDL on its own, so a migration cannot be rolled back: the database file is
        // copied aside before anything writes to it, and put back if the migration fails.
        MigrationBackup backup = needsMigration(seen) ? MigrationBackup.take(dir.resolve(DATABASE_FILE), seen) : null;
        Connection connection = null;
        try {
            connection = connect(dir, isNew ? Mode.CREATE : Mode.OPEN);
            int found = isNew ? 0 : SchemaMigrator.versionOf(connection);
            if (backup == null && needsMigration(found)) {
                // The version was unknown (a stale lock kept the read-only look out): copy the
                // file now, closed, as this open left it.
                connection.close();
                backup = MigrationBackup.take(dir.resolve(DATABASE_FILE), found);
                connection = connect(dir, Mode.OPEN);
            }
            migrate(connection, dir, isNew ? start : Start.TBSL);
            CodingTable.catchUpEdits(connection);
            RetiredCodes.catchUp(connection);
            if (FileCompaction.compactIfWorthIt(connection)) {
                connection.close();
                connection = connect(dir, Mode.OPEN);
            }
            H2ProjectStore store = new H2ProjectStore(dir, connection, load(connection), coder, () -> OPEN.remove(dir));
            if (backup != null) {
                backup.discard();
            }
            return store;
        } catch (SQLException | ProjectStoreException | RuntimeException | Error e) {
            if (connection != null) {
                closeQuietly(connection);
            }
            if (backup != null) {
                throw backup.restoreAfter(e);
            }
            if (e instanceof SQLException) {
                throw new ProjectStoreException(NLS.bind(Messages.CannotRead, dir, e.getMessage()), e);
            }
            if (e instanceof ProjectStoreException p) {
                throw p;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
    }

    /** The scripts, each with the data its version needs, committed with its version number. */
    private static void migrate(Connection connection, Path dir, Start start) throws SQLException, ProjectStoreException {
        SchemaMigrator.migrate(connection, (c, version) -> {
            switch (version) {
                // Only a new project runs version 1: it gets its project row and the TBSL codebook.
                case 1 -> seed(c, dir, start);
                // Version 2 brought attributes: new and migrated projects get the study's presets.
                case 2 -> {
                    if (start == Start.TBSL) {
                        CaseTable.insertDefinitions(c, CodebookReader.tbsl().attributes());
                    }
                }
                // Version 3 stores lines, paragraphs and speaker turns: derived for old documents.
                case 3 -> StructureTable.backfill(c, StructureTable.allDocumentGuids(c));
                default -> {
                    // the script is all this version needs
                }
            }
        });
    }

    private static ProjectStoreException alreadyOpen(Path dir, Throwable cause) {
        return new ProjectStoreException(NLS.bind(Messages.AlreadyOpen, dir), cause);
    }

    /** @return whether a new project is to be created in the folder */
    private static boolean checkFolder(Path dir) throws ProjectStoreException {
        if (Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
            return false;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ProjectStoreException(NLS.bind(Messages.IsAFile, dir));
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new ProjectStoreException(NLS.bind(Messages.NotEmpty, dir, DATABASE_FILE));
                }
            } catch (IOException e) {
                throw new ProjectStoreException(NLS.bind(Messages.FolderUnreadable, dir, e.getMessage()), e);
            }
        }
        return true;
    }

    /** How a database is opened: created, opened for work, or only looked at. */
    private enum Mode {
        CREATE(""), OPEN(";IFEXISTS=TRUE"), READ_ONLY(";IFEXISTS=TRUE;ACCESS_MODE_DATA=r");

        final String settings;

        Mode(String settings) {
            this.settings = settings;
        }
    }

    /**
     * Looks at an existing project without writing to it: a damaged database or one from a newer
     * Tillit is refused before anything could change the file (H2 rewrites parts of it on open).
     */
    private static boolean needsMigration(int version) {
        return version > 0 && version < SchemaMigrator.CURRENT_VERSION;
    }

    /** @return the project's schema version, or -1 when a lock file kept the look out */
    private static int checkReadOnly(Path dir) throws ProjectStoreException {
        try (Connection look = dataSource(dir, Mode.READ_ONLY).getConnection()) {
            int version = SchemaMigrator.versionOf(look);
            if (version > SchemaMigrator.CURRENT_VERSION) {
                throw new ProjectStoreException(NLS.bind(Messages.NewerTillit, version, SchemaMigrator.CURRENT_VERSION));
            }
            return version;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                // A lock file is no proof: a killed Tillit leaves one behind. The open for work
                // decides, taking over a lock whose owner is gone or refusing a live one.
                return -1;
            }
            throw cannotOpen(dir, e);
        }
    }

    private static ProjectStoreException cannotOpen(Path dir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return alreadyOpen(dir, e);
        }
        return new ProjectStoreException(NLS.bind(Messages.CannotOpen, dir, firstLine(e.getMessage())), e);
    }

    private static JdbcDataSource dataSource(Path dir, Mode mode) {
        JdbcDataSource ds = new JdbcDataSource();
        // FILE_LOCK=FILE (H2's default, stated here on purpose): a second Tillit on the same
        // project fails to open it instead of corrupting it. No trace file in the project.
        // WRITE_DELAY=0: each commit is in the file before commit() returns; H2's default
        // writes up to 500 ms later, and a killed Tillit would lose those changes
        // (CrashSafetyTest in org.tillit.commands.tests showed it by killing a writer).
        ds.setURL("jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE;WRITE_DELAY=0"
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + mode.settings);
        ds.setUser("tillit");
        ds.setPassword("");
        return ds;
    }

    private static Connection connect(Path dir, Mode mode) throws ProjectStoreException {
        try {
            Files.createDirectories(dir);
            Connection connection = dataSource(dir, mode).getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw cannotOpen(dir, e);
        } catch (IOException e) {
            throw new ProjectStoreException(NLS.bind(Messages.CannotCreate, dir, e.getMessage()), e);
        }
    }

    private static void seed(Connection connection, Path dir, Start start) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO project (id, name, language, created) VALUES (1, ?, 'sv', ?)")) {
            ps.setString(1, dir.getFileName() == null ? "Tillit" : dir.getFileName().toString());
            ps.setObject(2, OffsetDateTime.now());
            ps.executeUpdate();
        }
        if (start == Start.TBSL) {
            CodebookTable.insert(connection, CodebookReader.tbsl().codebook());
        }
    }

    private static Project load(Connection connection) throws SQLException {
        Project project = TillitFactory.eINSTANCE.createProject();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, language, created, memo FROM project");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                project.setName(rs.getString(1));
                project.setLanguage(rs.getString(2));
                project.setCreated(Date.from(rs.getObject(3, OffsetDateTime.class).toInstant()));
                project.setMemo(rs.getString(4));
            }
        }
        project.setCodebook(CodebookTable.load(connection));
        List<Document> documents = DocumentTable.loadAll(connection);
        project.getDocuments().addAll(documents);
        Map<String, Document> documentsByGuid = new HashMap<>();
        documents.forEach(d -> documentsByGuid.put(d.getGuid(), d));
        Map<String, Code> codesByGuid = new HashMap<>();
        project.getCodebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code) {
                codesByGuid.put(code.getGuid(), code);
            }
        });
        RetiredCodes.countAs(connection).forEach((hidden, shown) -> codesByGuid.put(hidden,
                shown == null ? null : codesByGuid.get(shown)));
        Map<String, Coder> coders = new HashMap<>();
        CodingTable.loadCoders(connection, coders);
        project.getCoders().addAll(coders.values());
        CodingTable.loadInto(connection, documentsByGuid, codesByGuid, coders);
        CaseTable.load(connection, project, documentsByGuid);
        StructureTable.loadInto(connection, documentsByGuid);
        return project;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing; the original problem is what the user needs to see
            FailureLog.warning(H2ProjectStoreFactory.class, "Closing a project database that failed to open failed", e);
        }
    }
}
