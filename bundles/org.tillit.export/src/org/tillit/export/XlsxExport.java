package org.tillit.export;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tillit.export.l10n.Messages;

/**
 * Tables as an Excel workbook, a sheet per table (Apache POI, streamed: a sheet of 100,000 rows
 * does not sit in memory). Cells are typed, so numbers sum and sort as numbers and percentages
 * show as percentages; the header row is bold, frozen and filterable. A chart, when asked for, is a
 * picture on a sheet of its own. The provenance goes into the
 * document properties and a last sheet, where a reader of the file finds it.
 */
public final class XlsxExport {

    /** Excel's limit on a sheet name, and characters it refuses in one. */
    private static final int SHEET_NAME_LIMIT = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[\\\\/?*\\[\\]:]";
    private static final int WIDEST_COLUMN = 80;
    private static final int ROWS_IN_MEMORY = 500;

    private XlsxExport() {
    }

    public static void write(List<ExportTable> tables, Provenance provenance, Path file) {
        write(tables, null, provenance, file);
    }

    /** The tables, then the chart (when not null) on a sheet of its own, then the provenance. */
    public static void write(List<ExportTable> tables, ChartPicture chart, Provenance provenance, Path file) {
        AtomicFile.write(file, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
                Styles styles = new Styles(workbook);
                for (ExportTable table : tables) {
                    sheet(workbook, table, styles);
                }
                if (chart != null) {
                    chartSheet(workbook, chart);
                }
                sheet(workbook, ProvenanceText.table(provenance), styles);
                properties(workbook, provenance, tables.isEmpty() ? Messages.Provenance_title : tables.get(0).title());
                workbook.write(out);
            }
        });
    }

    private static void sheet(SXSSFWorkbook workbook, ExportTable table, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(workbook, table.title()));
        int[] widths = new int[table.columns().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).label());
            cell.setCellStyle(styles.header);
            widths[c] = table.columns().get(c).label().length();
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    widths[c] = Math.max(widths[c], write(row.createCell(c), value, table.columns().get(c).kind(), styles));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!table.columns().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.columns().size() - 1));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(WIDEST_COLUMN, widths[c]) + 2) * 256);
        }
    }

    /** The picture anchored at the sheet's first cell, in its proportions (resize() counts the cells it covers). */
    private static void chartSheet(SXSSFWorkbook workbook, ChartPicture chart) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(workbook, chart.title()));
        int picture = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(0);
        sheet.createDrawingPatriarch().createPicture(anchor, picture).resize(chart.sheetScale());
    }

    /** Writes the value as its column's type; returns how many characters wide it shows. */
    private static int write(Cell cell, Object value, ExportTable.Kind kind, Styles styles) {
        if (value instanceof Number number && kind != ExportTable.Kind.TEXT) {
            switch (kind) {
                case INTEGER -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.integer);
                }
                case DECIMAL -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.decimal);
                }
                default -> {
                    cell.setCellValue(number.doubleValue() / 100);
                    cell.setCellStyle(styles.percent);
                }
            }
            return 8;
        }
        String text = value.toString();
        cell.setCellValue(text);
        if (text.length() > WIDEST_COLUMN || text.indexOf('\n') >= 0) {
            cell.setCellStyle(styles.wrapped);
        }
        return text.length();
    }

    private static void properties(SXSSFWorkbook workbook, Provenance provenance, String title) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(ProvenanceText.CREATOR);
        core.setDescription(ProvenanceText.summary(provenance));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        ProvenanceText.fields(provenance).forEach(custom::addProperty);
    }

    /** A unique name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
    private static String sheetName(SXSSFWorkbook workbook, String title) {
        String name = title.replaceAll(SHEET_NAME_FORBIDDEN, " ").strip();
        if (name.isEmpty()) {
            name = String.valueOf(workbook.getNumberOfSheets() + 1);
        }
        name = name.length() > SHEET_NAME_LIMIT ? name.substring(0, SHEET_NAME_LIMIT) : name;
        String unique = name;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return unique;
    }

    /** The few cell styles a workbook shares (Excel limits their number, so never one per cell). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle wrapped;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = numbers(workbook, "0");
            decimal = numbers(workbook, "0.00");
            percent = numbers(workbook, "0.0%");
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }

        private static CellStyle numbers(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
