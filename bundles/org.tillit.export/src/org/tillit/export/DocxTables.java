package org.tillit.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.tillit.export.l10n.Messages;

/**
 * Tables as a Word document, each under its title as a heading (so a table of contents lists
 * them), the header row bold and repeated on every page; numbers with one decimal where they have
 * decimals, percentages with a % sign; a chart, when asked for, as a picture after them. The
 * provenance is the last section and the properties.
 */
public final class DocxTables {

    private DocxTables() {
    }

    public static void write(List<ExportTable> tables, String title, Provenance provenance, Path file) {
        write(tables, null, title, provenance, file);
    }

    /** The tables, then the chart (when not null) under its own heading, then the provenance. */
    public static void write(List<ExportTable> tables, ChartPicture chart, String title, Provenance provenance, Path file) {
        AtomicFile.write(file, out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                DocxStyles.define(document);
                heading(document, DocxStyles.TITLE, title);
                for (ExportTable table : tables) {
                    heading(document, DocxStyles.HEADING_1, table.title());
                    table(document, table);
                }
                if (chart != null) {
                    heading(document, DocxStyles.HEADING_1, chart.title());
                    picture(document, chart);
                }
                heading(document, DocxStyles.HEADING_1, Messages.Provenance_title);
                document.createParagraph().createRun().setText(ProvenanceText.summary(provenance));
                table(document, ProvenanceText.table(provenance));
                QuoteReportDocx.properties(document, provenance, title);
                document.write(out);
            }
        });
    }

    static void table(XWPFDocument document, ExportTable table) {
        DecimalFormat oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.columns().size());
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.columns().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.removeParagraph(0);
            cell.addParagraph().createRun().setText(table.columns().get(c).label());
            cell.getParagraphs().get(0).getRuns().get(0).setBold(true);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            XWPFTableRow row = grid.getRow(r++);
            for (int c = 0; c < values.size(); c++) {
                row.getCell(c).setText(text(values.get(c), table.columns().get(c).kind(), oneDecimal));
            }
        }
        document.createParagraph();
    }

    /** The chart as a picture in a paragraph of its own, as wide as the text. */
    static void picture(XWPFDocument document, ChartPicture chart) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        try (InputStream png = chart.stream()) {
            paragraph.createRun().addPicture(png, PictureType.PNG, "chart.png",
                    Units.toEMU(chart.widthPoints()), Units.toEMU(chart.heightPoints()));
        } catch (InvalidFormatException e) {
            throw new IOException(e); // not a PNG: refused by the caller's ChartPicture.of already
        }
    }

    private static String text(Object value, ExportTable.Kind kind, DecimalFormat oneDecimal) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return switch (kind) {
                case PERCENT -> oneDecimal.format(number.doubleValue()) + " %";
                case DECIMAL -> oneDecimal.format(number.doubleValue());
                default -> value.toString();
            };
        }
        return value.toString();
    }

    private static XWPFParagraph heading(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }
}
