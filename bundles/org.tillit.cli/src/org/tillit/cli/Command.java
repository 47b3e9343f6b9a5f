package org.tillit.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code ./tillit <command>}. Results go to {@code out}, messages to {@code err}.
 * A user error is thrown as a {@link CliException} (the {@link Cli} prints it, without a stack
 * trace); the command's own arguments never include its name.
 */
public interface Command {

    /** Exit code: everything done. */
    int OK = 0;
    /** Exit code: the command could not run (usage error, no project, project locked...). */
    int ERROR = 1;
    /** Exit code: the command ran, but some of its items failed (e.g. files that did not import). */
    int PARTLY_FAILED = 2;

    /** The word that selects the command, e.g. "codebook". */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full usage text: synopsis, options, exit codes. */
    String usage();

    /** Runs the command on its arguments and returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
