package org.tillit.exchange.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temp folder of our own for files a REFI import must hand over as files (rich text for the
 * extractor, originals for the store); each file gets a subfolder, so that equal names never
 * clash, and a name of its last part only, so that nothing lands outside. Deleted when closed.
 */
public final class TempFolder implements AutoCloseable {

    private final Path folder;
    private int files;

    private TempFolder(Path folder) {
        this.folder = folder;
    }

    public static TempFolder create() throws IOException {
        return new TempFolder(Files.createTempDirectory("tillit-refi"));
    }

    /** Writes the bytes to a new file of (a safe form of) this name. */
    public Path write(String name, byte[] bytes) throws IOException {
        Path own = Files.createDirectory(folder.resolve(Integer.toString(files++)));
        return Files.write(own.resolve(safe(name)), bytes);
    }

    private static String safe(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return safe.isBlank() || safe.startsWith(".") ? "source" + safe : safe;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder left behind is the system's to clear.
        }
    }
}
