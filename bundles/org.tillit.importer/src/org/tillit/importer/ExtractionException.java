package org.tillit.importer;

/** A file cannot be read as a document; the message says why, in words for the user. */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
