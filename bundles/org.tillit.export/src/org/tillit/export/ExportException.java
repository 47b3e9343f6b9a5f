package org.tillit.export;

/** An export that cannot be made as asked (an unknown placeholder, an unwritable file), with the reason for the user. */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
