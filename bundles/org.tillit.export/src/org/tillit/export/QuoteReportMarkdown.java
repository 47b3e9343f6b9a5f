package org.tillit.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;

/**
 * The quote report as Markdown: code (##), group (###), quotes as block quotes ("> ") each
 * followed by its citation, so pandoc turns it into a Word or LaTeX document with the same shape
 * as the DOCX report. The provenance goes into the JSON written beside it.
 */
public final class QuoteReportMarkdown {

    private QuoteReportMarkdown() {
    }

    public static void write(QuoteReportContent report, QuoteReportOptions options, Path file) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text(report, options));
            writer.flush();
        });
    }

    public static String text(QuoteReportContent report, QuoteReportOptions options) {
        StringBuilder md = new StringBuilder("# ").append(report.title()).append('\n');
        for (QuoteReportContent.CodeSection code : report.codes()) {
            md.append("\n## ").append(code.codePath()).append('\n');
            note(md, Messages.QuoteReport_definition, code.definition());
            note(md, Messages.QuoteReport_memo, code.memo());
            for (QuoteReportContent.GroupSection group : code.groups()) {
                md.append("\n### ").append(NLS.bind(Messages.QuoteReport_group, group.group(), group.groupCases())).append('\n');
                if (options.counts() && group.groupCases() > 0) {
                    md.append('\n').append(QuoteReportDocx.counts(group)).append('\n');
                }
                if (group.quotes().isEmpty()) {
                    md.append("\n*").append(Messages.QuoteReport_noQuotes).append("*\n");
                }
                for (QuoteReportContent.Quote quote : group.quotes()) {
                    if (quote.question() != null) {
                        md.append("\n*").append(oneLine(quote.question())).append("*\n");
                    }
                    md.append("\n> ").append(oneLine(quote.text())).append(' ').append(quote.citation()).append('\n');
                }
            }
        }
        if (report.replacements() > 0) {
            md.append('\n').append(NLS.bind(Messages.QuoteReport_replacements, report.replacements())).append('\n');
        }
        return md.toString();
    }

    private static void note(StringBuilder md, String label, String text) {
        if (text != null) {
            md.append("\n**").append(label).append("** ").append(oneLine(text)).append('\n');
        }
    }

    /** A line break inside a block quote would end it. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
