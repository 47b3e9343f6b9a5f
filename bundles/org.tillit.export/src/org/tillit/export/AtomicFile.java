package org.tillit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, moved over it only
 * when every byte is written, so a failure (a full disk, an exception halfway) never leaves a
 * half-written report where the user expects one, nor destroys the previous version.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(NLS.bind(Messages.AtomicFile_noFolder, absolute));
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException(NLS.bind(Messages.AtomicFile_isFolder, absolute));
        }
        Path temporary;
        try {
            // Not createTempFile: its file is readable by its owner only, and so would the export be.
            // A file made plainly gets the permissions the user's umask gives every new file.
            temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.AtomicFile_cannotWrite, absolute, reason(e)), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            if (e instanceof ExportException export) {
                throw export;
            }
            throw new ExportException(NLS.bind(Messages.AtomicFile_cannotWrite, absolute, reason(e)), e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            // Windows refuses to replace a file another program (Word, Excel) holds open.
            throw new ExportException(NLS.bind(Messages.AtomicFile_inUse, target), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return Messages.AtomicFile_denied;
        }
        if (e instanceof NoSuchFileException) {
            return Messages.AtomicFile_missing;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the export failed already; a leftover hidden .part file is the lesser problem
        }
    }
}
