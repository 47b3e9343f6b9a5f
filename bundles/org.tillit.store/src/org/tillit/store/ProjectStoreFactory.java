package org.tillit.store;

import java.nio.file.Path;

/** Opens Tillit projects. The OSGi service is backed by H2 files; other stores can stand beside it. */
public interface ProjectStoreFactory {

    /** Whether this factory can open projects at such a location (an H2 store: folders). */
    boolean supports(ProjectLocation location);

    /**
     * Opens the project at the location, creating it (with the preloaded TBSL codebook) when the
     * location holds none yet (a missing or empty folder).
     *
     * @param coder whose codings this user makes
     * @throws ProjectStoreException with a message for the user when the location is not a Tillit
     *             project, the project is open elsewhere, or its data cannot be read
     */
    ProjectStore open(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException;

    /**
     * Makes a new project that starts with nothing: no codebook and no preset attributes, for a
     * project brought in whole from another program (whose codebook it then holds alone). A
     * location that holds anything already, a project or other files, is refused with a message.
     */
    ProjectStore createEmpty(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException;

    /**
     * Opens an existing project only: a location without a Tillit project is refused with a
     * message, and nothing is created (for scripts, where a typo must not make a new empty project).
     */
    ProjectStore openExisting(ProjectLocation location, CoderIdentity coder) throws ProjectStoreException;

    /**
     * Opens a second, read-only store on a project that may be open for work in this program:
     * it loads what the database holds at this moment, and refuses every change. For checks that
     * the database holds what the model says, and for reading a project beside the open one.
     */
    ProjectStore openReadOnly(ProjectLocation location) throws ProjectStoreException;

    /** {@link #open(ProjectLocation, CoderIdentity)} a folder as the operating-system user. */
    default ProjectStore open(Path folder) throws ProjectStoreException {
        return open(ProjectLocation.folder(folder), CoderIdentity.ofSystemUser());
    }

    /** {@link #createEmpty(ProjectLocation, CoderIdentity)} in a folder as the operating-system user. */
    default ProjectStore createEmpty(Path folder) throws ProjectStoreException {
        return createEmpty(ProjectLocation.folder(folder), CoderIdentity.ofSystemUser());
    }

    /** {@link #openExisting(ProjectLocation, CoderIdentity)} a folder as the operating-system user. */
    default ProjectStore openExisting(Path folder) throws ProjectStoreException {
        return openExisting(ProjectLocation.folder(folder), CoderIdentity.ofSystemUser());
    }
}
