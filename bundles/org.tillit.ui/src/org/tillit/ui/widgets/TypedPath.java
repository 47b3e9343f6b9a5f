package org.tillit.ui.widgets;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A file name as typed into a field: "~/" is the home folder; blank or impossible is none. */
public final class TypedPath {

    private TypedPath() {
    }

    public static Optional<Path> of(String text) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed));
        } catch (InvalidPathException e) {
            return Optional.empty(); // not a path this system can have
        }
    }
}
