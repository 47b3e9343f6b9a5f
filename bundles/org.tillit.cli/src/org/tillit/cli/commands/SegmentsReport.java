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
import org.tillit.model.Code;
import org.tillit.query.ContextSpec;
import org.tillit.query.Retrieval;
import org.tillit.query.Segment;
import org.tillit.query.SegmentFilter;
import org.tillit.store.ProjectStore;

/** {@code report segments}: the coded segments of a code, with citation and context. */
final class SegmentsReport implements ReportCommand.Report {

    private static final String SPEAKER = "speaker";
    private static final String CODER = QueryOptions.CODER;
    private static final String CONTAINS = "contains";
    private static final String RESPONDENTS = ExportArguments.RESPONDENTS_ONLY;
    private static final String CODE_SET = "code-set";

    static final Set<String> OPTIONS = Set.of(QueryOptions.CODE, CODE_SET, QueryOptions.WHERE, QueryOptions.CONTEXT,
            QueryOptions.DOCUMENTS, QueryOptions.CASES, SPEAKER, CODER, CONTAINS);
    static final Set<String> FLAGS = Set.of(QueryOptions.WITH_SUBCODES, RESPONDENTS);

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public Set<String> flags() {
        return FLAGS;
    }

    /** The segments the arguments ask for, in the context asked for (none when not). */
    static List<Segment> segments(ProjectStore store, Arguments arguments) {
        if (arguments.option(QueryOptions.CODE).isEmpty() && arguments.option(CODE_SET).isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Arguments_required, "--" + QueryOptions.CODE));
        }
        List<Code> codes = QueryOptions.codes(store, arguments.option(QueryOptions.CODE).orElse(null));
        SegmentFilter filter = new SegmentFilter().codes(codes).withSubcodes(arguments.flag(QueryOptions.WITH_SUBCODES))
                .where(QueryOptions.where(store, arguments)).respondentsOnly(arguments.flag(RESPONDENTS))
                .textContains(arguments.option(CONTAINS).orElse(null));
        arguments.option(CODE_SET).ifPresent(names -> QueryOptions.codeSets(store, names).forEach(filter::codeSet));
        arguments.option(QueryOptions.DOCUMENTS).ifPresent(names -> filter.documents(QueryOptions.documents(store, names)));
        arguments.option(QueryOptions.CASES).ifPresent(names -> filter.cases(QueryOptions.cases(store, names)));
        arguments.option(SPEAKER).ifPresent(s -> filter.speakers(List.of(s.split(","))));
        arguments.option(CODER).ifPresent(c -> filter.coders(List.of(c.split(","))));
        ContextSpec context = QueryOptions.context(arguments, ContextSpec.NONE);
        return QueryOptions.asked(() -> Retrieval.segments(store, filter, context));
    }

    @Override
    public int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err) {
        List<Segment> segments = segments(store, arguments);
        String format = ReportTable.format(arguments);
        if (format.equals(ReportTable.TEXT)) {
            segments.forEach(s -> print(s, out));
        } else {
            ReportTable table = new ReportTable("document", "cases", "start_line", "end_line", "code", "coder", "speaker",
                    "start", "end", "text", "context", "attributes");
            segments.forEach(s -> table.add(s.documentName(), s.cases(), s.startLine(), s.endLine(), s.codePath(), s.coder(),
                    s.speaker(), s.start(), s.end(), s.text(), s.context(), s.attributes()));
            table.print(format, out);
        }
        err.println(NLS.bind(Messages.Report_segmentCount, segments.size()));
        return Command.OK;
    }

    /** A segment as a researcher reads it: where it is, then its text (and context) indented. */
    private static void print(Segment s, PrintStream out) {
        out.println("[" + s.codePath() + "] " + s.documentName() + ", "
                + NLS.bind(Messages.Report_lines, s.startLine(), s.endLine()) + " (" + String.join(", ", s.cases())
                + (s.speaker() == null ? "" : "; " + s.speaker()) + ")");
        out.println("  " + s.text().replace("\n", "\n  "));
        if (s.context() != null) {
            out.println("  | " + s.context().strip().replace("\n", "\n  | "));
        }
        out.println();
    }
}
