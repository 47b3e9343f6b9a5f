package org.tillit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the attribute sheets tests import: CSV as Excel and LibreOffice save it, and real XLSX
 * and XLS workbooks made with Apache POI, with typed cells (numbers, dates, booleans).
 */
public final class TestSpreadsheets {

    private TestSpreadsheets() {
    }

    /** Rows of cells joined by the separator; cells holding it or quotes are quoted. */
    public static Path csv(Path file, List<List<String>> rows, char separator, Charset charset, boolean bom)
            throws IOException {
        String text = rows.stream().map(row -> row.stream().map(cell -> quoted(cell, separator))
                .collect(Collectors.joining(String.valueOf(separator)))).collect(Collectors.joining("\r\n", "", "\r\n"));
        Files.writeString(file, (bom ? "\uFEFF" : "") + text, charset);
        return file;
    }

    private static String quoted(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** An XLSX workbook; cells are written typed: Number, LocalDate, Boolean or text. */
    public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        return write(file, new XSSFWorkbook(), rows);
    }

    /** An XLS workbook as Excel 97–2003 saves it. */
    public static Path xls(Path file, List<List<Object>> rows) throws IOException {
        return write(file, new HSSFWorkbook(), rows);
    }

    private static Path write(Path file, Workbook workbook, List<List<Object>> rows) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Intervjuer");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    setCell(row.createCell(c), rows.get(r).get(c), dateStyle);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void setCell(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
