package org.tillit.importer.attributes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;

/**
 * The first worksheet of an Excel workbook (XLSX, or XLS from older Excel) through Apache POI.
 * Dates come out as ISO dates and numbers without Excel's display formatting, so that types can
 * be detected the same way as in CSV.
 */
final class WorkbookSheetReader {

    private WorkbookSheetReader() {
    }

    static Sheet readXlsx(String fileName, byte[] bytes) throws AttributeImportException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return firstSheet(fileName, workbook);
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, Messages.Sheet_xlsx, e);
        }
    }

    static Sheet readXls(String fileName, byte[] bytes) throws AttributeImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new AttributeImportException(NLS.bind(Messages.Sheet_password, fileName));
            }
            try (Workbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                return firstSheet(fileName, workbook);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, Messages.Sheet_xls, e);
        }
    }

    private static AttributeImportException unreadable(String fileName, String format, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return new AttributeImportException(NLS.bind(Messages.Sheet_password, fileName), e);
        }
        return new AttributeImportException(NLS.bind(Messages.Sheet_damaged, new Object[] { fileName, format,
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) }), e);
    }

    private static Sheet firstSheet(String fileName, Workbook workbook) throws AttributeImportException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_noWorksheet, fileName));
        }
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
        List<String> headers = null;
        List<Sheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = cells(row);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (headers == null) {
                SheetLimits.checkColumns(fileName, cells.size());
                headers = cells;
            } else {
                rows.add(new Sheet.Row(row.getRowNum() + 1, cells));
                SheetLimits.checkRows(fileName, rows.size());
            }
        }
        if (headers == null) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_firstWorksheetEmpty, fileName));
        }
        return new Sheet(fileName, headers, rows);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        int last = Math.min(row.getLastCellNum(), SheetLimits.MAX_COLUMNS + 1);
        for (int i = 0; i < last; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? isoDate(cell.getLocalDateTimeCellValue())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static String isoDate(LocalDateTime value) {
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toString();
    }
}
