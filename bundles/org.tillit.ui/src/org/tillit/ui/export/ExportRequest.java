package org.tillit.ui.export;

import java.nio.file.Path;

import org.tillit.export.CitationTemplate;
import org.tillit.export.Pseudonyms;
import org.tillit.export.QuoteReportOptions;
import org.tillit.model.codebook.Language;

/**
 * An export as the dialog confirmed it: the file and format, the citation template (read and
 * checked), the pseudonyms and the list they were read from (none when no list was given), the
 * quote report's options, and whether the comparison's chart goes into the file.
 */
public record ExportRequest(Path file, ExportFormat format, String template, CitationTemplate citation, Pseudonyms pseudonyms,
        Path pseudonymList, ReportOptions report, boolean chart, Language language) {

    /** What a quote report includes beside the quotes. */
    public record ReportOptions(boolean definitions, boolean memos, boolean counts, boolean questions) {
    }

    public boolean pseudonymised() {
        return pseudonymList != null;
    }

    public QuoteReportOptions quoteReportOptions() {
        return QuoteReportOptions.standard(citation, language).with(pseudonyms)
                .definitionsAndMemos(report.definitions(), report.memos()).counts(report.counts())
                .questions(report.questions());
    }
}
