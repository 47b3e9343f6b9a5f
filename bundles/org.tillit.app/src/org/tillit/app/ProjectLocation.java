package org.tillit.app;

import java.nio.file.Path;

/**
 * Which project the workbench opens: {@code -Dtillit.project=DIR} (what {@code ./tillit --project DIR}
 * passes), else the default project under the user's home.
 */
public final class ProjectLocation {

    public static final String PROPERTY = "tillit.project";

    private ProjectLocation() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return defaultProject();
    }

    public static Path defaultProject() {
        return Path.of(System.getProperty("user.home"), "Tillit", "default");
    }
}
