package org.tillit.exchange;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tillit.exchange.writing.QdpxWriter;
import org.tillit.store.ProjectStore;

/**
 * Exports a whole project as a REFI-QDA 1.5 project (.qdpx): codebook, sets, users, sources with
 * their codings, cases, variables and memos as notes (docs/refi-qda.md, "Export", says what goes
 * where and what is not carried).
 */
public final class QdpxExport {

    private QdpxExport() {
    }

    /**
     * Writes the project to the file, whole or not at all.
     *
     * @param monitor progress per document; a cancel throws
     *            {@link org.eclipse.core.runtime.OperationCanceledException} and leaves no file
     * @throws org.tillit.export.ExportException with a message for the user that names the file,
     *             when it cannot be written, the store cannot be read, or the project changed meanwhile
     */
    public static void write(ProjectStore store, Path file, IProgressMonitor monitor) {
        new QdpxWriter(store, file).write(monitor);
    }
}
