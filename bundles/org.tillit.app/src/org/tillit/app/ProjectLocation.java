package org.tillit.app;

import java.nio.file.Path;
import java.util.Optional;

import org.tillit.ui.projects.ProjectRestart;

/**
 * Which project the workbench opens: the one a restart was asked for (File &gt; Open Project…,
 * see {@link ProjectRestart}), else {@code -Dtillit.project=DIR}, else the environment variable
 * {@code TILLIT_PROJECT} (what {@code ./tillit --project DIR} sets), else the default project under
 * the user's home.
 */
public final class ProjectLocation {

    public static final String PROPERTY = "tillit.project";
    public static final String ENVIRONMENT = "TILLIT_PROJECT";

    private ProjectLocation() {
    }

    public static Path resolve() {
        Optional<Path> asked = ProjectRestart.takeRequest();
        if (asked.isPresent()) {
            return asked.get().toAbsolutePath().normalize(); // the project the workbench restarted for
        }
        for (String configured : new String[] { System.getProperty(PROPERTY), System.getenv(ENVIRONMENT) }) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured).toAbsolutePath().normalize();
            }
        }
        return defaultProject();
    }

    public static Path defaultProject() {
        return Path.of(System.getProperty("user.home"), "Tillit", "default");
    }
}
