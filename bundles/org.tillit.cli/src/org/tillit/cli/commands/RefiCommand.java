package org.tillit.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.commands.CommandFailedException;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.NewProjectImport;
import org.tillit.exchange.QdcExport;
import org.tillit.exchange.QdcImport;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.exchange.reading.RefiReadException;
import org.tillit.export.ExportException;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * {@code refi export}: the project as a REFI-QDA 1.5 project ({@code .qdpx}) for NVivo, ATLAS.ti,
 * MAXQDA or QualCoder, or its codebook alone ({@code .qdc}); {@code refi import}: such a file
 * into a project (a new one, or a colleague's coding of the same documents into the open one),
 * what is matched and added said first, then applied as one step, with what was not carried.
 */
public final class RefiCommand extends ProjectCliCommand {

    private static final String OUT = "out";
    private static final String PLAN = "plan";
    private static final String INTO = "into";
    private static final String CODE = "code";

    /** For {@code refi}: null; for the one-word commands the standard's users know: what they do. */
    private final String verb;
    /** For the one-word commands: the one extension they take. */
    private final String extension;

    public RefiCommand(CliServices services) {
        this(services, "refi", Messages.Refi_summary, null, null);
    }

    private RefiCommand(CliServices services, String name, String summary, String verb, String extension) {
        super(name, summary, services);
        this.verb = verb;
        this.extension = extension;
    }

    /** {@code import-qdpx}, {@code export-qdpx}, {@code import-qdc}, {@code export-qdc}: refi import and export by another name. */
    public static List<RefiCommand> shortForms(CliServices services) {
        return List.of(new RefiCommand(services, "import-qdpx", Messages.Refi_summaryImportQdpx, "import", ".qdpx"),
                new RefiCommand(services, "export-qdpx", Messages.Refi_summaryExportQdpx, "export", ".qdpx"),
                new RefiCommand(services, "import-qdc", Messages.Refi_summaryImportQdc, "import", ".qdc"),
                new RefiCommand(services, "export-qdc", Messages.Refi_summaryExportQdc, "export", ".qdc"));
    }

    @Override
    public String usage() {
        return Messages.Refi_usageHead + PROJECT_USAGE + Messages.Refi_usageTail;
    }

    @Override
    public int run(List<String> given, PrintStream out, PrintStream err) {
        List<String> args = given;
        if (verb != null) {
            args = new ArrayList<>(given);
            args.add(0, verb);
        }
        if (!args.isEmpty() && args.get(0).equals("import")) {
            Arguments arguments = Arguments.parse(args.subList(1, args.size()), Set.of(PROJECT),
                    verb == null ? Set.of(PLAN) : Set.of(PLAN, INTO));
            return importFile(arguments, out);
        }
        if (args.isEmpty() || !args.get(0).equals("export")) {
            throw CliException.usage(args.isEmpty() ? Messages.Refi_which : NLS.bind(Messages.Refi_unknown, args.get(0)));
        }
        Arguments arguments = Arguments.parse(args.subList(1, args.size()), Set.of(PROJECT, OUT, CODE), Set.of())
                .noPositionals();
        Path file = Path.of(arguments.required(OUT)).toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".qdpx") && !name.endsWith(".qdc") || extension != null && !name.endsWith(extension)) {
            throw CliException.usage(NLS.bind(Messages.Refi_badExtension, file));
        }
        if (arguments.option(CODE).isPresent() && !name.endsWith(".qdc")) {
            throw CliException.usage(Messages.Refi_branchOfCodebook);
        }
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            if (name.endsWith(".qdc") && arguments.option(CODE).isPresent()) {
                Code branch = QueryOptions.code(store, arguments.option(CODE).get());
                QdcExport.write(store, file, branch);
                out.println(NLS.bind(Messages.Refi_wroteCodebook, file, store.read(p -> CodeTree.subtree(branch).size())));
            } else if (name.endsWith(".qdc")) {
                QdcExport.write(store, file);
                out.println(NLS.bind(Messages.Refi_wroteCodebook, file, codes(store)));
            } else {
                QdpxExport.write(store, file, new NullProgressMonitor());
                out.println(NLS.bind(Messages.Refi_wroteProject, new Object[] { file, store.documents().size(),
                        store.documents().stream().mapToInt(RefiCommand::codings).sum(), codes(store) }));
            }
        } catch (ExportException e) {
            throw CliException.failure(e.getMessage(), e);
        }
        return OK;
    }

    /** Reads the file, says what it brings, and unless only the plan was asked for, brings it in as one step. */
    private int importFile(Arguments arguments, PrintStream out) {
        if (arguments.positionals().size() != 1) {
            throw CliException.usage(Messages.Refi_whichFile);
        }
        Path file = Path.of(arguments.positionals().get(0)).toAbsolutePath();
        if (extension != null && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw CliException.usage(NLS.bind(Messages.Refi_badExtension, file));
        }
        RefiContent content;
        try {
            content = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc") ? QdcImport.read(file)
                    : QdpxImport.read(file, services.documentExtractor());
        } catch (RefiReadException e) {
            throw CliException.failure(e.getMessage(), e);
        }
        // Only the plan changes nothing, so it needs a project there; an import may make a new one.
        Path folder = projectFolder(arguments);
        if (".qdpx".equals(extension) && !arguments.flag(INTO) && !arguments.flag(PLAN) && holdsAnything(folder)) {
            throw CliException.usage(NLS.bind(Messages.Refi_intoWanted, folder));
        }
        if (!arguments.flag(PLAN) && !arguments.flag(INTO) && !holdsAnything(folder)) {
            return intoNewProject(folder, file, content, out);
        }
        try (ProjectStore store = openExisting(folder)) {
            RefiImportPlan plan = RefiImportPlan.of(content, store);
            out.println(plan.text());
            if (arguments.flag(PLAN)) {
                out.println(plan.report().text());
                return OK;
            }
            ImportRefiCommand command = new ImportRefiCommand(store, plan);
            try {
                command.execute();
            } catch (CommandFailedException e) {
                throw CliException.failure(e.getMessage(), e);
            }
            out.println(NLS.bind(Messages.Refi_imported, file.getFileName()));
            out.println(command.report().text());
            return command.report().isEmpty() ? OK : PARTLY_FAILED;
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    /** A missing or empty folder: the file becomes a new project there, or (on a failure) nothing does. */
    private int intoNewProject(Path folder, Path file, RefiContent content, PrintStream out) {
        NewProjectImport.Result result;
        try {
            result = NewProjectImport.into(services.projectStoreFactory(), folder, CoderIdentity.ofSystemUser(), content,
                    plan -> out.println(plan.text()));
        } catch (ProjectStoreException | CommandFailedException e) {
            throw CliException.failure(e.getMessage(), e);
        }
        out.println(NLS.bind(Messages.Refi_imported, file.getFileName()));
        out.println(result.report().text());
        return result.report().isEmpty() ? OK : PARTLY_FAILED;
    }

    /** Whether the folder holds something already (a project, or files a project would not be made among). */
    private static boolean holdsAnything(Path folder) {
        return !ProjectLocation.folder(folder).isFreeForNewProject();
    }

    private static int codings(Document document) {
        return document.getCodings().size();
    }

    private static int codes(ProjectStore store) {
        return store.read(p -> CodeTree.allCodes(p.getCodebook()).size());
    }
}
