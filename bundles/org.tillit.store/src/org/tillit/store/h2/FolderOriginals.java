package org.tillit.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Document;
import org.tillit.model.log.FailureLog;
import org.tillit.store.NewDocument;
import org.tillit.store.OriginalFiles;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;

/** The project's copies of imported files, in the folder originals/, named by their SHA-256. */
final class FolderOriginals implements OriginalFiles {

    static final String FOLDER = "originals";
    /** Tells apart the partial copies of one file being imported twice at once. */
    private static final AtomicLong PARTIAL_NUMBERS = new AtomicLong(System.nanoTime());

    private final Path projectFolder;

    FolderOriginals(Path projectFolder) {
        this.projectFolder = projectFolder;
    }

    @Override
    public boolean has(Document document) {
        return Files.isRegularFile(fileOf(document));
    }

    @Override
    public InputStream open(Document document) throws ProjectStoreException {
        try {
            return Files.newInputStream(fileOf(document));
        } catch (IOException e) {
            throw new ProjectStoreException(NLS.bind(Messages.OriginalUnreadable, document.getName(), e.getMessage()), e);
        }
    }

    private Path fileOf(Document document) {
        return projectFolder.resolve(FOLDER).resolve(document.getSha256() + extensionOf(document.getOriginalFileName()));
    }

    private static String extensionOf(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Copies the original in (written aside, then moved, so a crash leaves no half file).
     *
     * @return the copy made, or null when the project already holds these bytes: that copy
     *         belongs to another document and must survive a failure of this one
     */
    Path keep(NewDocument input) throws ProjectStoreException {
        String name = input.original().getFileName().toString();
        String extension = extensionOf(name);
        Path folder = projectFolder.resolve(FOLDER);
        Path target = folder.resolve(input.sha256() + extension);
        // One file system call per step: this runs for every imported file.
        Path partial = folder.resolve("import-" + input.sha256() + "-" + PARTIAL_NUMBERS.getAndIncrement() + ".part");
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
            } else if (Files.exists(target)) {
                return null;
            }
            try (FileChannel from = FileChannel.open(input.original(), StandardOpenOption.READ);
                    FileChannel to = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                long size = from.size();
                for (long done = 0; done < size;) {
                    done += from.transferTo(done, size - done, to);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new ProjectStoreException(NLS.bind(Messages.OriginalNotCopied, name, e.getMessage()), e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            FailureLog.warning(FolderOriginals.class, "An unused copy of an original could not be deleted: " + file, e);
            // an orphaned copy costs disk space only
        }
    }
}
