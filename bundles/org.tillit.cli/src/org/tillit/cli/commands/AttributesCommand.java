package org.tillit.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.Cli;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.commands.ChangeAttributesCommand;
import org.tillit.commands.CommandFailedException;
import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.attributes.AttributePlanner;
import org.tillit.model.attributes.AttributeTypeNames;
import org.tillit.store.ProjectStore;

/**
 * {@code attributes}: case and document attributes from a CSV or Excel sheet. Shows the plan;
 * with --apply, applies it whole, through the same command the workbench undoes.
 */
public final class AttributesCommand extends ProjectCliCommand {

    private static final String APPLY = "apply";
    private static final String SKIP_UNKNOWN = "skip-unknown";

    public AttributesCommand(CliServices services) {
        super("attributes", Messages.Attributes_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Attributes_usageHead + PROJECT_USAGE + Messages.Attributes_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT), Set.of(APPLY, SKIP_UNKNOWN));
        Path folder = projectFolder(arguments);
        if (arguments.positionals().size() != 1) {
            throw CliException.usage(Messages.Attributes_noFile);
        }
        Path sheet = Path.of(arguments.positionals().get(0));
        if (!Files.isRegularFile(sheet)) {
            throw CliException.failure(NLS.bind(Messages.Attributes_missingFile, sheet), null);
        }
        boolean skipUnknown = arguments.flag(SKIP_UNKNOWN);
        try (ProjectStore store = openExisting(folder)) {
            AttributePlan plan = plan(sheet, store);
            print(plan, out);
            boolean applies = arguments.flag(APPLY) && plan.canApply(skipUnknown);
            if (applies) {
                apply(plan, store);
            } else if (arguments.flag(APPLY)) {
                err.println(Cli.PROGRAM + " " + name() + ": " + NLS.bind(Messages.Attributes_notApplied, reason(plan, skipUnknown)));
            }
            out.println(Json.GSON.toJson(SummaryJson.of(plan, applies)));
            return plan.canApply(skipUnknown) ? OK : PARTLY_FAILED;
        }
    }

    private AttributePlan plan(Path sheet, ProjectStore store) {
        try {
            return services.attributeImporter().plan(sheet, store);
        } catch (AttributeImportException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    private static void apply(AttributePlan plan, ProjectStore store) {
        try {
            new ChangeAttributesCommand(store, NLS.bind(Messages.Attributes_undoLabel, plan.fileName()), plan.newDefinitions(),
                    plan.assignments()).execute();
        } catch (CommandFailedException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    private static String reason(AttributePlan plan, boolean skipUnknown) {
        if (!plan.problems().isEmpty()) {
            return Messages.Attributes_fixProblems;
        }
        if (!skipUnknown && !plan.unknownNames().isEmpty()) {
            return Messages.Attributes_fixUnknown;
        }
        return Messages.Attributes_noValues;
    }

    private static void print(AttributePlan plan, PrintStream out) {
        for (AttributePlan.Column column : plan.columns()) {
            out.println(NLS.bind(column.isNew() ? Messages.Attributes_newColumn : Messages.Attributes_existingColumn,
                    column.header(), AttributeTypeNames.of(column.definition().getType())));
        }
        for (AttributePlan.Row row : plan.rows()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < plan.columns().size(); i++) {
                if (row.values().get(i) != null) {
                    values.add(plan.columns().get(i).header() + "=" + row.values().get(i));
                }
            }
            String match = row.matched() ? AttributePlanner.describe(row.owner()) : Messages.Attributes_noMatch;
            out.println(NLS.bind(Messages.Attributes_row, new Object[] { row.number(), row.name(), match })
                    + (values.isEmpty() ? "" : ": " + String.join(", ", values)));
        }
        plan.unknownNames().forEach(message -> out.println(NLS.bind(Messages.Attributes_unknown, message)));
        plan.problems().forEach(message -> out.println(NLS.bind(Messages.Attributes_problem, message)));
    }

    private record SummaryJson(String file, boolean applied, int attributes, int newAttributes, int rows,
            long matched, int values, List<String> problems, List<String> unknownNames) {

        static SummaryJson of(AttributePlan plan, boolean applied) {
            return new SummaryJson(plan.fileName(), applied, plan.columns().size(), plan.newDefinitions().size(),
                    plan.rows().size(), plan.matchedRows(), plan.assignments().size(), plan.problems(),
                    plan.unknownNames());
        }
    }
}
