package org.tillit.export;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;

/**
 * The quote report as a Word document: the title, then code (heading 1) > group (heading 2) >
 * quotes. A quote of 40 words or more stands apart as a block quote; a shorter one is a paragraph
 * in quotation marks; each is followed by its citation. The last section says what the report came
 * from, which the document properties carry too.
 */
public final class QuoteReportDocx {

    private QuoteReportDocx() {
    }

    public static void write(QuoteReportContent report, QuoteReportOptions options, Provenance provenance, Path file) {
        write(report, options, null, provenance, file);
    }

    /** The report with the chart (when not null) at its top, under the title, as an overview of the quotes. */
    public static void write(QuoteReportContent report, QuoteReportOptions options, ChartPicture chart,
            Provenance provenance, Path file) {
        AtomicFile.write(file, out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                DocxStyles.define(document);
                styled(document, DocxStyles.TITLE, report.title());
                if (chart != null) {
                    DocxTables.picture(document, chart);
                }
                for (QuoteReportContent.CodeSection code : report.codes()) {
                    styled(document, DocxStyles.HEADING_1, code.codePath());
                    note(document, Messages.QuoteReport_definition, code.definition());
                    note(document, Messages.QuoteReport_memo, code.memo());
                    for (QuoteReportContent.GroupSection group : code.groups()) {
                        styled(document, DocxStyles.HEADING_2, NLS.bind(Messages.QuoteReport_group, group.group(),
                                group.groupCases()));
                        if (options.counts() && group.groupCases() > 0) {
                            plain(document, counts(group));
                        }
                        if (group.quotes().isEmpty()) {
                            plain(document, Messages.QuoteReport_noQuotes).getRuns().get(0).setItalic(true);
                        }
                        group.quotes().forEach(quote -> quote(document, quote));
                    }
                }
                about(document, provenance, report);
                properties(document, provenance, report.title());
                document.write(out);
            }
        });
    }

    private static void quote(XWPFDocument document, QuoteReportContent.Quote quote) {
        if (quote.question() != null) {
            XWPFParagraph question = plain(document, quote.question());
            question.getRuns().get(0).setItalic(true);
            question.setSpacingAfter(40);
            question.setKeepNext(true);
        }
        if (quote.isLong()) {
            XWPFParagraph block = styled(document, DocxStyles.QUOTE, quote.text() + " " + quote.citation());
            block.setSpacingAfter(200);
        } else {
            XWPFParagraph inline = plain(document, NLS.bind(Messages.QuoteReport_quoted, quote.text()) + " " + quote.citation());
            inline.setSpacingAfter(160);
        }
    }

    static String counts(QuoteReportContent.GroupSection group) {
        double percent = group.groupCases() == 0 ? 0 : 100.0 * group.casesWithCode() / group.groupCases();
        return NLS.bind(group.segments() == 1 ? Messages.QuoteReport_countOne : Messages.QuoteReport_counts, new Object[] { group.segments(), group.casesWithCode(),
                group.groupCases(), Math.round(percent) });
    }

    private static void note(XWPFDocument document, String label, String text) {
        if (text == null) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(label + " ");
        paragraph.createRun().setText(text);
    }

    private static void about(XWPFDocument document, Provenance provenance, QuoteReportContent report) {
        styled(document, DocxStyles.HEADING_1, Messages.Provenance_title);
        plain(document, ProvenanceText.summary(provenance));
        if (report.replacements() > 0) {
            plain(document, NLS.bind(Messages.QuoteReport_replacements, report.replacements()));
        }
        ExportTable fields = ProvenanceText.table(provenance);
        XWPFTable table = document.createTable(fields.rows().size(), 2);
        int r = 0;
        for (List<Object> row : fields.rows()) {
            XWPFTableRow cells = table.getRow(r++);
            cells.getCell(0).setText(String.valueOf(row.get(0)));
            cells.getCell(1).setText(String.valueOf(row.get(1)));
        }
    }

    static void properties(XWPFDocument document, Provenance provenance, String title) {
        POIXMLProperties properties = document.getProperties();
        properties.getCoreProperties().setTitle(title);
        properties.getCoreProperties().setCreator(ProvenanceText.CREATOR);
        properties.getCoreProperties().setDescription(ProvenanceText.summary(provenance));
        ProvenanceText.fields(provenance).forEach(properties.getCustomProperties()::addProperty);
    }

    private static XWPFParagraph styled(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = plain(document, text);
        paragraph.setStyle(style);
        return paragraph;
    }

    private static XWPFParagraph plain(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }
}
