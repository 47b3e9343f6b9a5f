package org.tillit.importer.attributes;

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
            throw new AttributeImportException("'" + fileName + "' has more than " + MAX_ROWS
                    + " rows; an attribute sheet has one row per document or case");
        }
    }

    static void checkColumns(String fileName, int columns) throws AttributeImportException {
        if (columns > MAX_COLUMNS) {
            throw new AttributeImportException("'" + fileName + "' has more than " + MAX_COLUMNS + " columns");
        }
    }
}
