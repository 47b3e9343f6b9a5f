package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.CitationTemplate;
import org.tillit.export.CsvExport;
import org.tillit.export.ExportTable;
import org.tillit.export.MarkdownExport;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.Pseudonyms;
import org.tillit.export.ResultTables;
import org.tillit.export.XlsxExport;

/** Coded segments and a small matrix exported to CSV, XLSX and Markdown, then read back. */
class TableExportTest {

    @TempDir
    Path temp;

    private final ExportTable segments = ResultTables.segments(List.of(Quotes.manager(), Quotes.employee()),
            List.of("Roll", "Löpnummer"), CitationTemplate.parse("({roll} {löpnummer}, rad {rader})", List.of("Roll", "Löpnummer")),
            Pseudonyms.of(Map.of("Anna", "Processledaren")));

    @Test
    void csvForASwedishExcelHasABomSemicolonsAndReadsBackCellForCell() throws Exception {
        Path file = temp.resolve("segment.csv");
        CsvExport.write(segments, file, CsvExport.Dialect.SWEDISH_EXCEL);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> rows = parse(file, ';');
        assertEquals(List.of("Document", "Case", "Code", "Quote", "Citation", "From line", "To line", "Coder", "Speaker",
                "Roll", "Löpnummer"), rows.get(0).toList());
        assertEquals(List.of("intervju-03.docx", "Enhetschef 3", "Principer/Stöd", "Vi fick stöd av Processledaren i början.",
                "(Chef/enhetschef 3, rad 112\u2013118)", "112", "118", "Karin", "IP", "Chef/enhetschef", "3"),
                rows.get(1).toList());
        assertEquals("Tiden räcker inte | aldrig.", rows.get(2).get(3));
        assertEquals(3, rows.size());
    }

    @Test
    void decimalsTakeACommaOnlyWhenFieldsAreSplitBySemicolons() throws Exception {
        ExportTable shares = new ExportTable("Andelar", List.of(ExportTable.text("Kod"), ExportTable.percent("Andel")));
        shares.add("Stöd", 42.5);
        Path swedish = temp.resolve("sv.csv");
        Path standard = temp.resolve("en.csv");
        CsvExport.write(shares, swedish, CsvExport.Dialect.SWEDISH_EXCEL);
        CsvExport.write(shares, standard, CsvExport.Dialect.STANDARD);
        assertEquals("42,5", parse(swedish, ';').get(1).get(1));
        assertEquals("42.5", parse(standard, ',').get(1).get(1));
        assertEquals('K', Files.readString(standard, StandardCharsets.UTF_8).charAt(0), "no BOM in the standard dialect");
    }

    @Test
    void xlsxCellsAreTypedTheHeaderFrozenAndTheProvenanceInPropertiesAndALastSheet() throws Exception {
        ExportTable shares = new ExportTable("Jämförelse", List.of(ExportTable.text("Kod"), ExportTable.integer("Segment"),
                ExportTable.percent("Fall (%)")));
        shares.add("Principer/Stöd", 14, 57.1).add("Principer/Tillit", 3, null);
        Provenance provenance = new Provenance(Map.of("export", "compare", "by", "Roll"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 7, 120, 71, "ab".repeat(32)), "0.1.0");
        Path file = temp.resolve("jamforelse.xlsx");
        XlsxExport.write(List.of(segments, shares), provenance, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Coded segments", "Jämförelse", "About this export"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            XSSFSheet sheet = workbook.getSheetAt(1);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(14.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(0.571, sheet.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(null, sheet.getRow(2).getCell(2), "no value, no cell");
            assertEquals(CellType.NUMERIC, workbook.getSheetAt(0).getRow(1).getCell(5).getCellType(), "line numbers are numbers");
            assertTrue(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue().contains("Processledaren"));
            assertEquals("ab".repeat(32),
                    workbook.getProperties().getCustomProperties().getProperty("project.contentHash").getLpwstr());
            assertEquals("Roll", workbook.getProperties().getCustomProperties().getProperty("query.by").getLpwstr());
            assertTrue(workbook.getProperties().getCoreProperties().getDescription().contains("studie"));
            XSSFSheet about = workbook.getSheetAt(2);
            assertEquals("project.codings", about.getRow(7).getCell(0).getStringCellValue());
            assertEquals("71", about.getRow(7).getCell(1).getStringCellValue());
        }
    }

    @Test
    void markdownTablesEscapePipesAndAlignNumbers() {
        String markdown = MarkdownExport.text(List.of(segments), "Stöd");
        assertTrue(markdown.startsWith("# Stöd\n\n## Coded segments\n\n| Document | Case |"), markdown);
        assertTrue(markdown.contains("| --- | --- | --- | --- | --- | ---: | ---: |"), markdown);
        assertTrue(markdown.contains("| Tiden räcker inte \\| aldrig. |"), markdown);
    }

    private static List<CSVRecord> parse(Path file, char separator) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
