package org.tillit.cli.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;

/** The --project option: the folder, opened through the store service. */
final class Projects {

    static final String OPTION = "project";
    static final String USAGE = "  --project DIR   the project folder (required)\n";

    private Projects() {
    }

    static Path folder(Arguments arguments) {
        String value = arguments.required(OPTION);
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw CliException.usage("--project " + value + " is not a valid folder name");
        }
    }

    /** Opens the project in the folder; refuses a folder without one and creates nothing. */
    static ProjectStore openExisting(ProjectStoreFactory factory, Path folder) {
        try {
            return factory.openExisting(folder);
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    /** Opens the project in the folder, creating a new one in a missing or empty folder. */
    static ProjectStore openOrCreate(ProjectStoreFactory factory, Path folder) {
        try {
            return factory.open(folder);
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }
}
