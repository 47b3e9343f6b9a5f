package org.tillit.exchange.reading;

/** A REFI file cannot be read; the message, for the user, names the file and what is wrong. */
public final class RefiReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public RefiReadException(String message) {
        super(message);
    }

    public RefiReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
