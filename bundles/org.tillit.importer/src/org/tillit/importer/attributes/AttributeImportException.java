package org.tillit.importer.attributes;

/** A spreadsheet that cannot be read; the message names the file and the problem. */
public final class AttributeImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttributeImportException(String message, Throwable cause) {
        super(message, cause);
    }

    public AttributeImportException(String message) {
        super(message);
    }
}
