package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
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

    private static final String MAX_SHARE = "max-case-share";
    private static final String MIN_CASES = "min-cases";

    static final Set<String> OPTIONS = Set.of(QueryOptions.BY, QueryOptions.CODES, QueryOptions.WHERE, MAX_SHARE, MIN_CASES);
    static final Set<String> FLAGS = Set.of(QueryOptions.WITH_SUBCODES);

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public Set<String> flags() {
        return FLAGS;
    }

    /** The comparison the arguments ask for: by an attribute, of the codes named (all when none). */
    static ComparisonMatrix matrix(ProjectStore store, Arguments arguments) {
        String by = arguments.option(QueryOptions.BY)
                .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Arguments_required, "--" + QueryOptions.BY)));
        RespondentCheck check = new RespondentCheck(
                number(arguments, MAX_SHARE, RespondentCheck.DEFAULT.maxCaseShare() * 100) / 100,
                (int) number(arguments, MIN_CASES, RespondentCheck.DEFAULT.minCases()));
        ComparisonSpec spec = ComparisonSpec.of(Grouping.byAttribute(QueryOptions.attribute(store, by)))
                .codes(QueryOptions.codes(store, arguments.option(QueryOptions.CODES).orElse(null)))
                .rollUp(arguments.flag(QueryOptions.WITH_SUBCODES)).where(QueryOptions.where(store, arguments)).check(check);
        return QueryOptions.asked(() -> Comparison.compute(store, spec));
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
