package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportArguments;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.AttributeBands;
import org.tillit.query.Cell;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.query.RespondentCheck;
import org.tillit.query.Unit;
import org.tillit.store.ProjectStore;

/**
 * {@code report compare}: the code x group matrix in long form, one row per code and group, with
 * the respondent check's reason in {@code flag}.
 */
final class CompareReport implements ReportCommand.Report {

    private static final String MAX_SHARE = ExportArguments.MAX_CASE_SHARE;
    private static final String MIN_CASES = ExportArguments.MIN_CASES;
    private static final String BY_CODE_SETS = ExportArguments.BY_CODE_SETS;
    private static final String BY_DOCUMENTS = ExportArguments.BY_DOCUMENTS;
    private static final String ONLY_CODED = ExportArguments.ONLY_CODED;

    private static final String BANDS = ExportArguments.BANDS;

    static final Set<String> OPTIONS = Set.of(QueryOptions.BY, BANDS, QueryOptions.CODE, QueryOptions.CODES, QueryOptions.WHERE,
            MAX_SHARE, MIN_CASES, QueryOptions.CODER);
    static final Set<String> FLAGS = Set.of(QueryOptions.WITH_SUBCODES, BY_CODE_SETS, BY_DOCUMENTS, ONLY_CODED);

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public Set<String> flags() {
        return FLAGS;
    }

    /**
     * The comparison the arguments ask for: by an attribute, the code sets or each document; of the
     * codes named, or a code with its sub-codes (all codes when none); without the codes nothing
     * compared is coded with, if --only-coded.
     */
    static ComparisonMatrix matrix(ProjectStore store, Arguments arguments) {
        RespondentCheck check = new RespondentCheck(
                number(arguments, MAX_SHARE, RespondentCheck.DEFAULT.maxCaseShare() * 100) / 100,
                (int) number(arguments, MIN_CASES, RespondentCheck.DEFAULT.minCases()));
        ComparisonSpec spec = ComparisonSpec.of(grouping(store, arguments)).codes(QueryOptions.rows(store, arguments))
                .rollUp(arguments.flag(QueryOptions.WITH_SUBCODES)).where(QueryOptions.where(store, arguments)).check(check)
                .coders(arguments.option(QueryOptions.CODER).map(names -> List.of(names.split(","))).orElse(List.of()));
        ComparisonMatrix matrix = QueryOptions.asked(() -> Comparison.compute(store, spec));
        return arguments.flag(ONLY_CODED) ? matrix.withoutEmptyRows() : matrix;
    }

    private static Grouping grouping(ProjectStore store, Arguments arguments) {
        if (arguments.flag(BY_CODE_SETS)) {
            return store.read(p -> Grouping.byCodeSets(List.copyOf(p.getCodebook().getSets())));
        }
        if (arguments.flag(BY_DOCUMENTS)) {
            return Grouping.byEachDocument(store.documents());
        }
        String by = arguments.option(QueryOptions.BY).orElseThrow(() -> CliException.usage(NLS.bind(Messages.Compare_groups,
                "--" + QueryOptions.BY, "--" + BY_CODE_SETS, "--" + BY_DOCUMENTS)));
        AttributeDefinition definition = QueryOptions.attribute(store, by);
        if (arguments.option(BANDS).isEmpty()) {
            return Grouping.byAttribute(definition);
        }
        int width = (int) number(arguments, BANDS, 0);
        if (width < 1 || !AttributeBands.bandable(definition.getType())) {
            throw CliException.usage(NLS.bind(Messages.Compare_bands, "--" + BANDS, by));
        }
        return Grouping.byAttributeBands(definition, AttributeBands.of(definition, width));
    }

    /** What the columns are, for a title: the attribute as the project names it, the code sets, or the documents. */
    static String groupsLabel(ProjectStore store, Arguments arguments, Language language) {
        if (arguments.flag(BY_CODE_SETS)) {
            return Messages.Compare_byCodeSets;
        }
        if (arguments.flag(BY_DOCUMENTS)) {
            return Messages.Compare_byDocuments;
        }
        return Labels.name(QueryOptions.attribute(store, arguments.required(QueryOptions.BY)), language);
    }

    @Override
    public int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err) {
        ComparisonMatrix matrix = matrix(store, arguments);
        ReportTable table = new ReportTable("code", "group", "segments", "documents", "cases", "cases_percent",
                "characters", "segments_per_case", "group_documents", "group_cases", "flag");
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int g = 0; g < matrix.columns().size(); g++) {
                Cell cell = matrix.cell(r, g);
                ComparisonMatrix.Column group = matrix.columns().get(g);
                double perCase = matrix.perCase(r, g, Unit.SEGMENTS);
                table.add(matrix.rows().get(r).codePath(), group.label(), cell.segments(), cell.documents(), cell.cases(),
                        Math.round(cell.casesPercent() * 10) / 10.0, cell.characters(),
                        Double.isNaN(perCase) ? null : Math.round(perCase * 100) / 100.0, group.documents(), group.cases(),
                        cell.flag() == null ? "" : cell.flag());
            }
        }
        table.print(ReportTable.format(arguments), out);
        return Command.OK;
    }

    private static double number(Arguments arguments, String option, double fallback) {
        String value = arguments.option(option).orElse(null);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw CliException.usage(NLS.bind(Messages.Query_notANumber, "--" + option, value));
        }
    }
}
