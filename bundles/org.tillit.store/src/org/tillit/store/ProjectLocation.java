package org.tillit.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a project lives. For the desktop that is a folder ({@code file:} URI); a project on a
 * database server is named by that server's URI, so nothing above the store assumes a folder.
 */
public record ProjectLocation(URI uri) {

    public ProjectLocation {
        if (uri == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("a project location needs a URI with a scheme: " + uri);
        }
    }

    public static ProjectLocation folder(Path folder) {
        return new ProjectLocation(folder.toAbsolutePath().normalize().toUri());
    }

    /** The folder, when the project is one. */
    public Optional<Path> folder() {
        return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    }

    /**
     * Whether a new project may be made here: a folder that does not exist yet or holds nothing
     * (not a project, nor anyone's files). Elsewhere (a server) the store decides.
     */
    public boolean isFreeForNewProject() {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || !Files.exists(folder.get())) {
            return true;
        }
        if (!Files.isDirectory(folder.get())) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder.get())) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** How the location is shown to people: a folder's path, else the URI. */
    public String displayName() {
        return folder().map(Path::toString).orElse(uri.toString());
    }

    @Override
    public String toString() {
        return displayName();
    }
}
