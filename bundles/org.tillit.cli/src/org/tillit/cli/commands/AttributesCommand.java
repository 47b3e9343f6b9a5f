package org.tillit.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tillit.cli.Arguments;
import org.tillit.cli.Cli;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.commands.ChangeAttributesCommand;
import org.tillit.commands.CommandFailedException;
import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.attributes.AttributePlanner;
import org.tillit.store.ProjectStore;

/**
 * {@code attributes}: case and document attributes from a CSV or Excel sheet. Shows the plan;
 * with --apply, applies it whole, through the same command the workbench undoes.
 */
public final class AttributesCommand extends ProjectCliCommand {

    private static final String APPLY = "apply";
    private static final String SKIP_UNKNOWN = "skip-unknown";

    public AttributesCommand(CliServices services) {
        super("attributes", "read document and case attributes from a CSV or Excel sheet", services);
    }

    @Override
    public String usage() {
        return """
                Usage: ./tillit attributes --project DIR [--apply] [--skip-unknown] FILE

                Reads attributes from FILE (CSV with comma, semicolon or tab; XLSX; XLS). The first row
                names the attributes; the first column of each further row names a document (its file
                name, with or without extension) or else a case. Columns named like an existing attribute
                (Swedish or English name) fill it; other columns become new attributes of the type their
                values show: number, date (2024-03-18), yes/no, category or text. Empty cells change nothing.
                """ + PROJECT_USAGE + """
                  --apply          apply the sheet (without it, only show what it would do)
                  --skip-unknown   leave out rows that name no document or case instead of refusing

                Prints the attributes, each row and what it matches, the problems, and as the last line
                a JSON summary: {"file":..,"applied":..,"attributes":N,"newAttributes":N,"rows":N,
                "matched":N,"values":N,"problems":[..],"unknownNames":[..]}
                Nothing is applied partially: a bad value, or a name that matches several documents,
                leaves the project unchanged.

                Exit status: 0 the sheet is fine (and applied, with --apply), 2 problems or unknown names
                (nothing applied), 1 usage error, no project in DIR or a file that is no readable sheet.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT), Set.of(APPLY, SKIP_UNKNOWN));
        Path folder = projectFolder(arguments);
        if (arguments.positionals().size() != 1) {
            throw CliException.usage("name one CSV or Excel file");
        }
        Path sheet = Path.of(arguments.positionals().get(0));
        if (!Files.isRegularFile(sheet)) {
            throw CliException.failure("no such file: " + sheet, null);
        }
        boolean skipUnknown = arguments.flag(SKIP_UNKNOWN);
        try (ProjectStore store = openExisting(folder)) {
            AttributePlan plan = plan(sheet, store);
            print(plan, out);
            boolean applies = arguments.flag(APPLY) && plan.canApply(skipUnknown);
            if (applies) {
                apply(plan, store);
            } else if (arguments.flag(APPLY)) {
                err.println(Cli.PROGRAM + " " + name() + ": nothing applied: " + reason(plan, skipUnknown));
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
            new ChangeAttributesCommand(store, "Import attributes from " + plan.fileName(), plan.newDefinitions(),
                    plan.assignments()).execute();
        } catch (CommandFailedException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    private static String reason(AttributePlan plan, boolean skipUnknown) {
        if (!plan.problems().isEmpty()) {
            return "fix the problems in the sheet and run again";
        }
        if (!skipUnknown && !plan.unknownNames().isEmpty()) {
            return "some rows name no document or case; fix them, or run again with --skip-unknown";
        }
        return "the sheet sets no values";
    }

    private static void print(AttributePlan plan, PrintStream out) {
        for (AttributePlan.Column column : plan.columns()) {
            out.println(String.format("attribute %s (%s, %s)", column.header(), column.isNew() ? "new" : "existing",
                    column.definition().getType().getName().toLowerCase(Locale.ROOT)));
        }
        for (AttributePlan.Row row : plan.rows()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < plan.columns().size(); i++) {
                if (row.values().get(i) != null) {
                    values.add(plan.columns().get(i).header() + "=" + row.values().get(i));
                }
            }
            out.println("row " + row.number() + ": " + row.name() + " -> "
                    + (row.matched() ? AttributePlanner.describe(row.owner()) : "no match")
                    + (values.isEmpty() ? "" : ": " + String.join(", ", values)));
        }
        plan.unknownNames().forEach(message -> out.println("unknown: " + message));
        plan.problems().forEach(message -> out.println("problem: " + message));
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
