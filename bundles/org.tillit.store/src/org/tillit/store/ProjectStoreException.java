package org.tillit.store;

/** A project cannot be opened or changed; the message is written for the user. */
public class ProjectStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectStoreException(String message) {
        super(message);
    }

    public ProjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
