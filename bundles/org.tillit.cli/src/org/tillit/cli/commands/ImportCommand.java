package org.tillit.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.Cli;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.importer.DocumentImporter;
import org.tillit.importer.FileCollector;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.store.ProjectStore;

/**
 * {@code import}: files and folders (recursively, hidden files and folders skipped) into a project,
 * one result line per file, then a one-line JSON summary.
 */
public final class ImportCommand extends ProjectCliCommand {

    static final String NOT_FOUND = Messages.Import_notFound;

    public ImportCommand(CliServices services) {
        super("import", Messages.Import_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Import_usageHead + PROJECT_USAGE + Messages.Import_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT));
        Path folder = projectFolder(arguments);
        if (arguments.positionals().isEmpty()) {
            throw CliException.usage(Messages.Import_noFiles);
        }
        List<Path> files = new ArrayList<>();
        for (String path : arguments.positionals()) {
            files.addAll(expand(path));
        }
        Set<Path> missing = files.stream().filter(file -> !Files.exists(file)).collect(Collectors.toSet());
        List<Path> existing = files.stream().filter(file -> !missing.contains(file)).toList();
        boolean create = isMissingOrEmpty(folder);
        ImportReport report = new ImportReport(List.of(), false);
        // A new project only for something to put in it; an existing one is opened (and so checked) anyway.
        if (!existing.isEmpty() || !create) {
            DocumentImporter importer = services.documentImporter();
            try (ProjectStore store = openOrCreate(folder)) {
                if (create) {
                    err.println(Cli.PROGRAM + " import: " + NLS.bind(Messages.Import_created, folder));
                }
                report = importer.importFiles(store, existing, new NullProgressMonitor());
            }
        }
        List<ImportOutcome> outcomes = inOrder(files, missing, report.outcomes());
        List<FileJson> results = new ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            String status = outcome.status().name().toLowerCase(Locale.ROOT);
            String name = outcome.file().toString();
            out.println(String.format("%-9s %s", status, name)
                    + (outcome.message().isEmpty() ? "" : ": " + outcome.message()));
            results.add(new FileJson(name, status, outcome.message().isEmpty() ? null : outcome.message()));
        }
        int failed = count(outcomes, Status.FAILED);
        out.println(Json.GSON.toJson(new SummaryJson(count(outcomes, Status.IMPORTED),
                count(outcomes, Status.SKIPPED), failed, results)));
        return failed == 0 ? OK : PARTLY_FAILED;
    }

    /** The file itself, or the visible files under the folder in name order; a missing path as is. */
    private static List<Path> expand(String argument) {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw CliException.usage(NLS.bind(Messages.Import_badName, argument));
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            return FileCollector.collect(List.of(path));
        } catch (IOException | UncheckedIOException e) {
            throw CliException.failure(NLS.bind(Messages.Import_unreadableFolder, path, e.getMessage()), e);
        }
    }

    private static boolean isMissingOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // the store says what is wrong with it
        }
    }

    /** The importer's outcomes, with a "not found" outcome in place of each missing path. */
    private static List<ImportOutcome> inOrder(List<Path> files, Set<Path> missing, List<ImportOutcome> imported) {
        Iterator<ImportOutcome> next = imported.iterator();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            if (missing.contains(file)) {
                outcomes.add(ImportOutcome.failed(file, NOT_FOUND));
            } else if (next.hasNext()) {
                outcomes.add(next.next());
            }
        }
        return outcomes;
    }

    private static int count(List<ImportOutcome> outcomes, Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    private record FileJson(String file, String status, String reason) {
    }

    private record SummaryJson(int imported, int skipped, int failed, List<FileJson> files) {
    }
}
