package org.tillit.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.tillit.store.ProjectStoreException;

/**
 * A copy of a project database taken before it is migrated to a newer schema. H2 commits each
 * DDL statement on its own, so a failed migration cannot be rolled back: the copy is put back
 * instead, and the project is exactly as the older Tillit left it.
 */
final class MigrationBackup {

    private final Path database;
    private final Path copy;
    private final int version;

    private MigrationBackup(Path database, Path copy, int version) {
        this.database = database;
        this.copy = copy;
        this.version = version;
    }

    /** Copies the closed database file aside, beside it in the project folder. */
    static MigrationBackup take(Path database, int version) throws ProjectStoreException {
        Path copy = database.resolveSibling(database.getFileName() + ".before-schema-" + (version + 1));
        try {
            Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            return new MigrationBackup(database, copy, version);
        } catch (IOException e) {
            throw new ProjectStoreException("The project cannot be updated to this version of Tillit: no copy of "
                    + database + " could be made first (" + e.getMessage() + "). Nothing was changed.", e);
        }
    }

    /** The migration worked: the copy is not needed. */
    void discard() {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // a leftover copy costs disk space only; the next migration replaces it
        }
    }

    /**
     * The migration failed (the database is closed): the copy goes back in its place.
     *
     * @return the failure to report, saying what was done
     */
    ProjectStoreException restoreAfter(Throwable failure) {
        try {
            Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ProjectStoreException("The project could not be updated from schema version " + version
                    + " to this version of Tillit (" + failure.getMessage() + "). It was put back exactly as it was"
                    + " before; nothing was lost.", failure);
        } catch (IOException e) {
            failure.addSuppressed(e);
            return new ProjectStoreException("The project could not be updated from schema version " + version
                    + " (" + failure.getMessage() + "), and the copy taken before could not be put back ("
                    + e.getMessage() + "). The copy is " + copy + ": rename it to " + database.getFileName()
                    + " to get the project back.", failure);
        }
    }
}
