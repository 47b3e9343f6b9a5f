package org.tillit.query;

/** A question the query layer cannot answer as asked (an unknown name, a bad expression), with the reason for the user. */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
