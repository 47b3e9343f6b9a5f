package org.tillit.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;

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

    /**
     * Copies the closed database file aside, beside it in the project folder (written under another
     * name and then renamed, so a crash never leaves half a copy under the copy's name). A copy
     * already there means an earlier migration was cut short (a crash, or a copy that could not be
     * put back): that copy is the project as it was, so it goes back first and is never replaced.
     */
    static MigrationBackup take(Path database, int version) throws ProjectStoreException {
        Path copy = database.resolveSibling(database.getFileName() + ".before-schema-" + (version + 1));
        Path partial = copy.resolveSibling(copy.getFileName() + ".part");
        try {
            if (Files.isRegularFile(copy)) {
                FailureLog.warning(MigrationBackup.class, "An earlier migration of " + database
                        + " did not finish; the copy taken before it is put back: " + copy, null);
                Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.copy(database, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            return new MigrationBackup(database, copy, version);
        } catch (IOException e) {
            throw new ProjectStoreException(NLS.bind(Messages.NoBackup, database, e.getMessage()), e);
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
            return new ProjectStoreException(NLS.bind(Messages.MigrationUndone, version, failure.getMessage()), failure);
        } catch (IOException e) {
            failure.addSuppressed(e);
            return new ProjectStoreException(NLS.bind(Messages.MigrationNotUndone,
                    new Object[] { version, failure.getMessage(), e.getMessage(), copy, database.getFileName() }), failure);
        }
    }
}
