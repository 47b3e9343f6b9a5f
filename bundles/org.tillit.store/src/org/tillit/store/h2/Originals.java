package org.tillit.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStoreException;

/** The project's copies of imported files, in originals/, named by their SHA-256. */
final class Originals {

    static final String FOLDER = "originals";

    private Originals() {
    }

    /** Copies the original in (written aside, then moved, so a crash leaves no half file). */
    static Path keep(Path projectFolder, NewDocument input) throws ProjectStoreException {
        String name = input.original().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        Path target = projectFolder.resolve(FOLDER).resolve(input.sha256() + extension);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "import-", ".part");
            Files.copy(input.original(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ProjectStoreException("Cannot copy '" + name + "' into the project: " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphaned copy costs disk space only
        }
    }
}
