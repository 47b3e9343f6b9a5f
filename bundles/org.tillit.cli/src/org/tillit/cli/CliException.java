package org.tillit.cli;

/**
 * A problem the user can fix, with the message to print (one line, no stack trace) and the exit
 * code. Usage errors also point at the command's help.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean usageError;

    private CliException(String message, int exitCode, boolean usageError, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.usageError = usageError;
    }

    /** Bad or missing arguments: the message, then a hint to the command's help. */
    public static CliException usage(String message) {
        return new CliException(message, Command.ERROR, true, null);
    }

    /** The command cannot do its work (no project, project open elsewhere, ...). */
    public static CliException failure(String message, Throwable cause) {
        return new CliException(message, Command.ERROR, false, cause);
    }

    public int exitCode() {
        return exitCode;
    }

    public boolean isUsageError() {
        return usageError;
    }
}
