package org.tillit.store;

import java.nio.file.Path;

/** Opens Tillit projects. One project is one folder; the OSGi service is backed by H2. */
public interface ProjectStoreFactory {

    /**
     * Opens the project in the folder, creating it (with the preloaded TBSL codebook) when the
     * folder is missing or empty.
     *
     * @throws ProjectStoreException with a message for the user when the folder is not a Tillit
     *             project, the project is open elsewhere, or its data cannot be read
     */
    ProjectStore open(Path folder) throws ProjectStoreException;

    /**
     * Opens an existing project only: a folder without a Tillit project is refused with a message,
     * and nothing is created (for scripts, where a typo must not make a new empty project).
     */
    ProjectStore openExisting(Path folder) throws ProjectStoreException;
}
