package org.tillit.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

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

    /** How the location is shown to people: a folder's path, else the URI. */
    public String displayName() {
        return folder().map(Path::toString).orElse(uri.toString());
    }

    @Override
    public String toString() {
        return displayName();
    }
}
