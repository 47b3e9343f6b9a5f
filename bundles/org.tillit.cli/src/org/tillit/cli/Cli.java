package org.tillit.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.commands.AttributesCommand;
import org.tillit.cli.commands.AutocodeCliCommand;
import org.tillit.cli.commands.CodebookCommand;
import org.tillit.cli.commands.DocumentsCommand;
import org.tillit.cli.commands.ExportCommand;
import org.tillit.cli.commands.ImportCommand;
import org.tillit.cli.commands.RefiCommand;
import org.tillit.cli.commands.ReportCommand;
import org.tillit.cli.commands.SearchCommand;
import org.tillit.cli.l10n.Messages;
import org.tillit.model.log.FailureLog;

/**
 * Dispatches {@code <command> [arguments]} to the command, prints help, and turns
 * {@link CliException}s into one line on stderr and an exit code. In-process entry point of the
 * command line; {@link CliApplication} is the Equinox application around it.
 */
public final class Cli {

    /** How the user starts the command line, for usage texts. */
    public static final String PROGRAM = "./tillit";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        for (Command command : commands) {
            this.commands.put(command.name(), command);
        }
    }

    /** Tillit's commands on the given services. */
    public static Cli standard(CliServices services) {
        List<Command> commands = new ArrayList<>(List.of(new CodebookCommand(services), new ImportCommand(services),
                new DocumentsCommand(services), new AttributesCommand(services), new ReportCommand(services),
                new SearchCommand(services), new AutocodeCliCommand(services), new ExportCommand(services),
                new RefiCommand(services)));
        commands.addAll(RefiCommand.shortForms(services));
        return new Cli(commands);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(usage());
            return Command.ERROR;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "--help", "-h", "help-cli" -> {
                out.print(usage());
                return Command.OK;
            }
            case "help" -> {
                return help(rest, out, err);
            }
            default -> {
                Command command = commands.get(first);
                if (command == null) {
                    err.println(PROGRAM + ": "
                            + NLS.bind(first.startsWith("-") ? Messages.Cli_unknownOption : Messages.Cli_unknownCommand, first));
                    err.println(NLS.bind(Messages.Cli_seeHelp, PROGRAM));
                    return Command.ERROR;
                }
                return run(command, rest, out, err);
            }
        }
    }

    private int run(Command command, List<String> args, PrintStream out, PrintStream err) {
        if (asksForHelp(args)) {
            out.print(command.usage());
            return Command.OK;
        }
        String prefix = PROGRAM + " " + command.name() + ": ";
        try {
            return command.run(args, out, err);
        } catch (CliException e) {
            err.println(prefix + e.getMessage());
            if (e.isUsageError()) {
                err.println(NLS.bind(Messages.Cli_seeCommandHelp, PROGRAM, command.name()));
            }
            if (e.getCause() != null) {
                FailureLog.warning(Cli.class, prefix + e.getMessage(), e.getCause());
            }
            return e.exitCode();
        } catch (RuntimeException e) {
            // A bug, not a user error: one line here, the stack trace in the log for the report.
            String line = prefix + NLS.bind(Messages.Cli_internalError, e);
            FailureLog.error(Cli.class, line, e);
            err.println(line + FailureLog.file().map(log -> " " + NLS.bind(Messages.Cli_detailsInLog, log)).orElse(""));
            return Command.ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** --help or -h before any "--" (after it, they are file names). */
    private static boolean asksForHelp(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private int help(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            out.print(usage());
            return Command.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null || args.size() > 1) {
            err.println(PROGRAM + " help: "
                    + (command == null ? NLS.bind(Messages.Cli_unknownCommand, args.get(0)) : Messages.Cli_oneCommand));
            err.println(NLS.bind(Messages.Cli_seeHelp, PROGRAM));
            return Command.ERROR;
        }
        out.print(command.usage());
        return Command.OK;
    }

    /** The list of commands. */
    public String usage() {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Cli_usage, PROGRAM));
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Command command : commands.values()) {
            text.append(String.format("  %-" + width + "s   %s%n", command.name(), command.summary()));
        }
        text.append(String.format("  %-" + width + "s   %s%n", "help", Messages.Cli_helpSummary));
        text.append(NLS.bind(Messages.Cli_usageEnd, PROGRAM));
        return text.toString();
    }
}
