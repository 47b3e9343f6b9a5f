package org.tillit.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportException;
import org.tillit.store.ProjectStore;

/**
 * {@code export segments|compare|quotes}: a result written as a file for an article (CSV, XLSX,
 * DOCX or Markdown) with what it came from recorded in it; {@code export --replay} makes an
 * export again from that record and says whether the project changed since.
 */
public final class ExportCommand extends ProjectCliCommand {

    static final String REPLAY = "replay";

    public ExportCommand(CliServices services) {
        super("export", Messages.Export_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Export_usageHead + PROJECT_USAGE + Messages.Export_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("--" + REPLAY)) {
            Arguments arguments = Arguments.parse(args, Set.of(PROJECT, REPLAY, ExportRun.OUT), Set.of()).noPositionals();
            try (ProjectStore store = openExisting(projectFolder(arguments))) {
                return ExportReplay.run(store, Path.of(arguments.required(REPLAY)),
                        arguments.option(ExportRun.OUT).map(Path::of).orElse(null), out);
            }
        }
        if (args.isEmpty() || !ExportRun.KINDS.contains(args.get(0))) {
            throw CliException.usage(args.isEmpty() ? Messages.Export_which
                    : NLS.bind(Messages.Export_unknown, args.get(0), String.join(", ", ExportRun.KINDS)));
        }
        String kind = args.get(0);
        List<String> given = args.subList(1, args.size());
        Set<String> options = new HashSet<>(ExportRun.options(kind));
        options.add(PROJECT);
        Arguments arguments = Arguments.parse(given, options, ExportRun.flags(kind)).noPositionals();
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            return new ExportRun(store, kind, arguments).write(out);
        } catch (ExportException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }
}
