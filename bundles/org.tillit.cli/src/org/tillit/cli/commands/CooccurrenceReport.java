package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportArguments;
import org.tillit.query.Cooccurrence;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.store.ProjectStore;

/** {@code report cooccurrence}: pairs of codes that occur together, one row per pair that does. */
final class CooccurrenceReport implements ReportCommand.Report {

    private static final String PROXIMITY = ExportArguments.PROXIMITY;
    private static final String CHARACTERS = ExportArguments.CHARACTERS;

    static final Set<String> OPTIONS = Set.of(QueryOptions.CODE, QueryOptions.CODES, QueryOptions.WHERE, PROXIMITY, CHARACTERS);

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    /** The co-occurrence the arguments ask for: of the codes named (all when none), by the proximity asked for. */
    static CooccurrenceMatrix matrix(ProjectStore store, Arguments arguments) {
        Proximity proximity = Proximity.valueOf(arguments.choice(PROXIMITY, List.of("overlap", "paragraph", "turn", "within"),
                "overlap").toUpperCase(Locale.ROOT));
        int characters = characters(arguments, proximity);
        Cooccurrence.Spec spec = new Cooccurrence.Spec(
                QueryOptions.rows(store, arguments), proximity, characters,
                QueryOptions.where(store, arguments));
        return QueryOptions.asked(() -> Cooccurrence.compute(store, spec));
    }

    @Override
    public int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err) {
        CooccurrenceMatrix matrix = matrix(store, arguments);
        ReportTable table = new ReportTable("code", "other_code", "pairs", "documents");
        int n = matrix.codes().size();
        for (int r = 0; r < n; r++) {
            for (int c = r + 1; c < n; c++) {
                if (matrix.pairs(r, c) > 0) {
                    table.add(matrix.codes().get(r).codePath(), matrix.codes().get(c).codePath(), matrix.pairs(r, c),
                            matrix.documents(r, c));
                }
            }
        }
        table.print(ReportTable.format(arguments), out);
        return Command.OK;
    }

    private static int characters(Arguments arguments, Proximity proximity) {
        String value = arguments.option(CHARACTERS).orElse(null);
        if (value == null) {
            if (proximity == Proximity.WITHIN) {
                throw CliException.usage(NLS.bind(Messages.Arguments_required, "--" + CHARACTERS));
            }
            return 0;
        }
        try {
            return Integer.parseUnsignedInt(value);
        } catch (NumberFormatException e) {
            throw CliException.usage(NLS.bind(Messages.Query_notANumber, "--" + CHARACTERS, value));
        }
    }
}
