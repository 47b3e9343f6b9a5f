package org.tillit.importer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tillit.store.ProjectStore;

/**
 * Brings files into a project. Each file lands or fails on its own: a bad file is reported with
 * its reason and the others still land; nothing already in the project is touched.
 */
public interface DocumentImporter {

    /**
     * Imports the files in order. Cancelling through the monitor stops before the next file; what
     * was imported stays.
     */
    ImportReport importFiles(ProjectStore store, List<Path> files, IProgressMonitor monitor);
}
