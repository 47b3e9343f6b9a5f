package org.tillit.commands;

/** A command could not change the project; nothing was changed. The message is for the user. */
public class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
