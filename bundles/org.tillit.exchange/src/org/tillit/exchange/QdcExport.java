package org.tillit.exchange;

import java.nio.file.Path;

import org.tillit.exchange.writing.QdcWriter;
import org.tillit.model.Code;
import org.tillit.store.ProjectStore;

/**
 * Exports the project's codebook, or a branch of it, as a REFI-QDA 1.5 codebook (.qdc): codes,
 * hierarchy, colours, definitions, sets.
 */
public final class QdcExport {

    private QdcExport() {
    }

    /**
     * Writes the codebook to the file, whole or not at all.
     *
     * @throws org.tillit.export.ExportException with a message for the user that names the file,
     *             when it cannot be written or the codebook has no codes
     */
    public static void write(ProjectStore store, Path file) {
        QdcWriter.write(store, file);
    }

    /**
     * Writes one branch of the codebook: the code with its sub-codes, and the sets that hold any of
     * them (naming only those), for a colleague who takes over one theme.
     *
     * @throws org.tillit.export.ExportException with a message for the user that names the file,
     *             when it cannot be written or the code is no longer in the codebook
     */
    public static void write(ProjectStore store, Path file, Code branch) {
        QdcWriter.write(store, file, branch);
    }
}
