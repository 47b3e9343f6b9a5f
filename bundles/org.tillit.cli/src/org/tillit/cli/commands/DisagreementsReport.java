package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tillit.cli.Arguments;
import org.tillit.cli.Command;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.CoderAgreement;
import org.tillit.store.ProjectStore;

/**
 * {@code report disagreements}: where the first two coders named disagree, one row per span one
 * of them coded with a code and the other did not: document, code, lines, positions, who coded
 * it, who did not, and the text, for going through them together.
 */
final class DisagreementsReport implements ReportCommand.Report {

    @Override
    public Set<String> options() {
        return Set.of(AgreementReport.CODERS, QueryOptions.CODES, QueryOptions.DOCUMENTS);
    }

    @Override
    public int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err) {
        List<CoderAgreement.Disagreement> found = CoderAgreement.disagreements(store, AgreementReport.spec(store, arguments));
        Map<CoderAgreement.Disagreement, String> texts = AgreementReport.texts(store, found);
        ReportTable table = new ReportTable("document", "code", "start_line", "end_line", "start", "end", "coded_by",
                "not_by", "text");
        Language language = QueryOptions.language(store);
        for (CoderAgreement.Disagreement d : found) {
            table.add(d.document().getName(), store.read(p -> CodePaths.of(d.code(), language)), d.startLine(),
                    d.endLine(), d.start(), d.end(), d.codedBy().getName(), d.notBy().getName(), texts.get(d));
        }
        table.print(ReportTable.format(arguments), out);
        return Command.OK;
    }
}
