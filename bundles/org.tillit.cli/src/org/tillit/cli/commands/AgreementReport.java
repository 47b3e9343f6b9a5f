package org.tillit.cli.commands;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportArguments;
import org.tillit.model.Coder;
import org.tillit.query.CodePaths;
import org.tillit.query.CoderAgreement;
import org.tillit.query.CoderAgreement.Row;
import org.tillit.query.Grouping;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * {@code report agreement}: how far two or more coders agree, one row per code and an overall row,
 * for all documents and, with --by, per value of a document attribute: the characters each coded,
 * percentage agreement, Cohen's kappa and Scott's pi of the first two coders, and Krippendorff's
 * unitized alpha of all. A measure that is undefined (nobody coded anything) is an empty cell.
 */
final class AgreementReport implements ReportCommand.Report {

    static final String CODERS = ExportArguments.CODERS;
    static final Set<String> OPTIONS = Set.of(CODERS, QueryOptions.CODES, QueryOptions.BY, QueryOptions.DOCUMENTS);

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err) {
        List<Row> rows = CoderAgreement.compute(store, spec(store, arguments));
        ReportTable table = new ReportTable("code", "group", "characters", "both", "first_only", "second_only", "neither",
                "agreement_percent", "kappa", "pi", "alpha");
        var language = QueryOptions.language(store);
        for (Row row : rows) {
            String code = row.code() == null ? CoderAgreement.OVERALL
                    : store.read(p -> CodePaths.of(row.code(), language));
            table.add(code, row.group(), row.table().characters(), row.table().both(), row.table().firstOnly(),
                    row.table().secondOnly(), row.table().neither(), rounded(100 * row.agreement(), 2),
                    rounded(row.kappa(), 4), rounded(row.table().pi(), 4), rounded(row.alpha(), 4));
        }
        table.print(ReportTable.format(arguments), out);
        return Command.OK;
    }

    /** What --coders, --codes, --documents and --by ask for (without --by: not grouped). */
    static CoderAgreement.Spec spec(ProjectStore store, Arguments arguments) {
        return new CoderAgreement.Spec(coders(store, arguments.required(CODERS)),
                QueryOptions.codes(store, arguments.option(QueryOptions.CODES).orElse(null)),
                arguments.option(QueryOptions.DOCUMENTS).map(names -> QueryOptions.documents(store, names)).orElse(List.of()),
                arguments.option(QueryOptions.BY).map(name -> Grouping.byAttribute(QueryOptions.attribute(store, name)))
                        .orElse(null));
    }

    /** What each disagreement covers of its text; a text that cannot be read is a failure naming it. */
    static Map<CoderAgreement.Disagreement, String> texts(ProjectStore store, List<CoderAgreement.Disagreement> found) {
        try {
            return CoderAgreement.texts(store, found);
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    /** The coders named, in that order: two or more different ones the project has. */
    private static List<Coder> coders(ProjectStore store, String names) {
        List<Coder> known = store.read(p -> List.copyOf(p.getCoders()));
        List<Coder> coders = new ArrayList<>();
        for (String name : names.split(",")) {
            Coder coder = known.stream().filter(c -> c.getName().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Agreement_unknownCoder, name.strip(),
                            String.join(", ", known.stream().map(Coder::getName).toList()))));
            if (!coders.contains(coder)) {
                coders.add(coder);
            }
        }
        if (coders.size() < 2) {
            throw CliException.usage(Messages.Agreement_twoCoders);
        }
        return coders;
    }

    /** A measure to the given decimals; null (an empty cell) where it is undefined. */
    private static BigDecimal rounded(double value, int decimals) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
