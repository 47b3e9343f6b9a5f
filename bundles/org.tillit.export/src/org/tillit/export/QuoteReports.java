package org.tillit.export;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ContextSpec;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;

/**
 * Builds a quote report's content from a comparison: for each of its rows (codes) a section, in
 * it a section per group with the group's quotes in document order, cited by the template, names
 * replaced by the pseudonyms everywhere they occur: quotes, citations and questions.
 */
public final class QuoteReports {

    private QuoteReports() {
    }

    public static QuoteReportContent of(ProjectStore store, ComparisonMatrix matrix, String title, QuoteReportOptions options) {
        Pseudonyms names = options.pseudonyms().fresh();
        InterviewerQuestions questions = options.questions() ? new InterviewerQuestions(store) : null;
        List<QuoteReportContent.CodeSection> sections = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            ComparisonMatrix.Row row = matrix.rows().get(r);
            List<QuoteReportContent.GroupSection> groups = new ArrayList<>();
            for (int g = 0; g < matrix.columns().size(); g++) {
                List<QuoteReportContent.Quote> quotes = new ArrayList<>();
                for (Segment segment : matrix.segments(r, g, ContextSpec.NONE)) {
                    String question = questions == null ? null : questions.before(segment);
                    quotes.add(new QuoteReportContent.Quote(names.apply(segment.text().strip()),
                            names.apply(options.citation().cite(segment)), names.apply(question)));
                }
                ComparisonMatrix.Column group = matrix.columns().get(g);
                groups.add(new QuoteReportContent.GroupSection(group.label(), group.cases(), matrix.cell(r, g).cases(),
                        matrix.cell(r, g).segments(), quotes));
            }
            String[] about = about(store, row.codeGuid(), options);
            sections.add(new QuoteReportContent.CodeSection(row.codePath(), names.apply(about[0]), names.apply(about[1]),
                    groups));
        }
        return new QuoteReportContent(title, sections, names.replacements());
    }

    /** The code's definition and memo, each when asked for and written. */
    private static String[] about(ProjectStore store, String codeGuid, QuoteReportOptions options) {
        return store.read(project -> {
            Code code = CodeTree.allCodes(project.getCodebook()).stream().filter(c -> c.getGuid().equals(codeGuid))
                    .findFirst().orElse(null);
            if (code == null) {
                return new String[2];
            }
            return new String[] { options.definitions() ? blankToNull(Labels.definition(code, options.language())) : null,
                    options.memos() ? blankToNull(code.getMemo()) : null };
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
