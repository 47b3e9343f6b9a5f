package org.tillit.cli.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** A command on one project, named by {@code --project DIR} and opened through the store service. */
abstract class ProjectCliCommand implements Command {

    static final String PROJECT = "project";
    static final String PROJECT_USAGE = Messages.Project_usage;

    protected final CliServices services;
    private final String name;
    private final String summary;

    ProjectCliCommand(String name, String summary, CliServices services) {
        this.name = name;
        this.summary = summary;
        this.services = services;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    static Path projectFolder(Arguments arguments) {
        String value = arguments.required(PROJECT);
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw CliException.usage(NLS.bind(Messages.Project_badFolder, value));
        }
    }

    /** Opens the project in the folder; refuses a folder without one and creates nothing. */
    ProjectStore openExisting(Path folder) {
        try {
            return services.projectStoreFactory().openExisting(folder);
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    /** Opens the project in the folder, creating a new one in a missing or empty folder. */
    ProjectStore openOrCreate(Path folder) {
        try {
            return services.projectStoreFactory().open(folder);
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }
}
