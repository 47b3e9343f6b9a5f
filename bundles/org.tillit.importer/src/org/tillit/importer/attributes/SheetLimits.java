package org.tillit.importer.attributes;

import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;

/** Bounds that keep a wrong file (a data dump, a bomb) from filling memory. */
final class SheetLimits {

    /** An attribute sheet has a row per interview; megabytes of it mean the wrong file. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;

    private SheetLimits() {
    }

    static void checkRows(String fileName, int rows) throws AttributeImportException {
        if (rows > MAX_ROWS) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_tooManyRows, fileName, MAX_ROWS));
        }
    }

    static void checkColumns(String fileName, int columns) throws AttributeImportException {
        if (columns > MAX_COLUMNS) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_tooManyColumns, fileName, MAX_COLUMNS));
        }
    }
}
