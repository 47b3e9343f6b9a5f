package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.custom.ScrolledComposite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.ComparisonView;
import org.tillit.ui.tests.pages.ExportDialog;
import org.tillit.ui.tests.pages.QuoteMatrixView;
import org.tillit.ui.tests.pages.RetrievalView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher exports what the views show: the segments she selected in the Retrieval view to a
 * CSV cited her way, the comparison of managers and employees to Excel, the quote matrix to a Word
 * report with the names replaced; a template naming an unknown attribute and a folder that cannot
 * be written to are refused with the reason, and nothing half-written is left.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportUiTest {

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importGiveRolesAndCode() throws Exception {
        UiBot bot = new UiBot();
        CodedInterviews interviews = new CodedInterviews(bot);
        interviews.importTexts(files, List.of("chef-a.txt", "chef-b.txt", "medarbetare-c.txt"), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Anna och jag fick stöd av en processledare under första året."),
                List.of("I: Och stödet?", "IP: Stödet från förvaltningen kom sent."),
                List.of("I: Märker du något?", "IP: Vi får bestämma mer själva, men tiden räcker inte.")));
        interviews.giveRoles(files, CodedInterviews.roles("chef-a.txt", "Chef", "chef-b.txt", "Chef", "medarbetare-c.txt", "Medarbetare"));
        interviews.code("chef-a.txt", "Principer/Stöd", "Anna och jag fick stöd av en processledare");
        interviews.code("chef-b.txt", "Principer/Stöd", "Stödet från förvaltningen kom sent");
        interviews.code("medarbetare-c.txt", "Principer/Stöd", "tiden räcker inte");
    }

    @Test
    @Order(1)
    void theSelectedRowsOfTheRetrievalGoToACsvCitedByTheTemplate() throws Exception {
        window.codebook().select("Principer", "Stöd");
        RetrievalView retrieval = window.retrieval();
        retrieval.waitUntilRows(3);
        retrieval.select("Anna och jag", "tiden räcker inte");
        List<String> selected = retrieval.column("Text").stream()
                .filter(t -> t.contains("Anna och jag") || t.contains("tiden räcker inte")).toList();
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE),
                "Export…");
        assertTrue(dialog.what().contains("2 selected segments"), dialog.what());
        assertEquals("({dokument}, rad {rader})", dialog.citation(), "the standard template of the (Swedish) project");
        assertTrue(dialog.placeholders().contains("{Roll}"), dialog.placeholders());
        Path csv = files.resolve("stod.csv");
        dialog.format("CSV (UTF-8, comma)").file(csv).citation("({Roll}, rad {rader})");
        Screenshots.capture(bot, "export-dialog");
        String said = dialog.export();
        assertTrue(said.contains(csv.toString()) && said.contains("2 items"), said);
        List<CSVRecord> rows = csv(csv);
        assertEquals(selected, rows.stream().map(r -> r.get("Quote")).toList());
        for (CSVRecord row : rows) {
            String role = row.get("Document").startsWith("chef") ? "Chef/enhetschef" : "Medarbetare";
            assertEquals("(" + role + ", rad 2)", row.get("Citation"));
        }
        assertTrue(Files.exists(files.resolve("stod.tillit-query.json")), "the record beside the CSV");
        String record = Files.readString(files.resolve("stod.tillit-query.json"));
        assertTrue(record.contains("\"query.rows\": \"selected\""), record);
        assertFalse(record.contains("query.arguments"), "rows picked by hand cannot be asked again: " + record);
    }

    @Test
    @Order(2)
    void theComparisonGoesToAnExcelWorkbookWithNumbersAsNumbers() throws Exception {
        ComparisonView comparison = window.comparison();
        comparison.groupBy("Roll");
        bot.waitUntil(Condition.of("the comparison", () -> comparison.rowHeaders().contains("Principer/Stöd")));
        NatTable matrix = bot.widget(NatTable.class, WidgetIds.COMPARISON_MATRIX);
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, matrix, "Export…");
        assertTrue(dialog.what().contains("Comparison by Roll"), dialog.what());
        Path xlsx = files.resolve("jamforelse.xlsx");
        dialog.format("CSV (UTF-8, comma)");
        assertFalse(dialog.chartEnabled(), "a CSV file holds no picture");
        dialog.format("Excel workbook (XLSX)").file(xlsx).chart(true);
        dialog.export();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("Comparison", "Counts", "Cases percent", "Chart", "About this export"), sheets);
            XSSFRow managers = row(workbook.getSheet("Comparison"), "Principer/Stöd", "Chef/enhetschef");
            assertEquals(CellType.NUMERIC, managers.getCell(2).getCellType());
            assertEquals(2.0, managers.getCell(2).getNumericCellValue(), "two segments of the managers");
            assertEquals(1.0, row(workbook.getSheet("Comparison"), "Principer/Stöd", "Medarbetare").getCell(2)
                    .getNumericCellValue());
            assertEquals("compare", workbook.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
            String arguments = workbook.getProperties().getCustomProperties().getProperty("query.arguments").getLpwstr();
            assertTrue(arguments.contains("\"--by=Roll\"") && arguments.contains("\"--chart\"")
                    && arguments.contains("\"--only-coded\""), arguments);
            assertEquals(1, workbook.getSheet("Chart").getDrawingPatriarch().getShapes().size(), "the chart as a picture");
        }
    }

    @Test
    @Order(3)
    void theQuoteMatrixGoesToAWordReportWithTheNamesReplaced() throws Exception {
        window.codebook().select("Principer", "Stöd");
        QuoteMatrixView quotes = window.quoteMatrix();
        quotes.waitUntilCount("3 quotes");
        Path names = files.resolve("pseudonymer.csv");
        Files.writeString(names, "namn;pseudonym\nAnna;Karin\n", StandardCharsets.UTF_8);
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, bot.widget(ScrolledComposite.class,
                WidgetIds.QUOTE_MATRIX_GRID), "Export…");
        assertEquals("Word document (DOCX)", dialog.formats()[0], "a quote report is a document first");
        Path docx = files.resolve("citat.docx");
        dialog.format("Word document (DOCX)").file(docx).citation("({Roll}, rad {rader})").pseudonyms(names);
        bot.waitUntil(Condition.of("the names counted", () -> dialog.pseudonymsStatus().equals("The list holds 1 name.")));
        String said = dialog.export();
        assertTrue(said.contains("3 items") && said.contains("replaced by"), said);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> headings = paragraphs.stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ":" + p.getText()).toList();
            assertTrue(headings.contains("Heading1:Principer/Stöd"), headings.toString());
            assertTrue(headings.contains("Heading2:Chef/enhetschef (n = 2)"), headings.toString());
            String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.contains("Karin och jag fick stöd av en processledare"), text);
            assertTrue(text.contains("(Chef/enhetschef, rad 2)"), text);
            assertTrue(text.contains("tiden räcker inte"), text);
            assertFalse(text.contains("Anna"), "the name is replaced everywhere: " + text);
            String arguments = document.getProperties().getCustomProperties().getProperty("query.arguments").getLpwstr();
            assertTrue(arguments.contains("\"--by=Roll\"") && arguments.contains("\"--code=Principer/Stöd\"")
                    && arguments.contains("\"--pseudonyms=" + names.toAbsolutePath() + "\""), arguments);
        }
    }

    @Test
    @Order(4)
    void anUnknownPlaceholderIsRefusedAsItIsTyped() {
        window.codebook().select("Principer", "Stöd");
        RetrievalView retrieval = window.retrieval();
        retrieval.waitUntilRows(3);
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE),
                "Export…");
        assertEquals("({Roll}, rad {rader})", dialog.citation(), "the last template is remembered for the project");
        dialog.file(files.resolve("fel.csv")).citation("({Roll} {löpnummer}, rad {rader})");
        dialog.waitUntilCitationProblem("{löpnummer}");
        assertFalse(dialog.canExport());
        dialog.citation("({Roll}, rad {rader})");
        bot.waitUntil(Condition.of("the problem gone", () -> dialog.citationProblem().isEmpty()));
        assertTrue(dialog.canExport());
        dialog.cancel();
        assertFalse(Files.exists(files.resolve("fel.csv")));
    }

    @Test
    @Order(5)
    void aFolderThatCannotBeWrittenIsReportedAndNothingIsLeft() throws Exception {
        window.codebook().select("Principer", "Stöd");
        window.retrieval().waitUntilRows(3);
        // Not even root may create a file in /proc: the test holds as any user.
        Path target = Path.of("/proc/tillit-export-test.xlsx");
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE),
                "Export…");
        dialog.format("Excel workbook (XLSX)").file(target);
        String said = dialog.exportFailing();
        assertTrue(said.contains(target.toString()) && said.contains("Nothing was written"), said);
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("tillit-export-test")));
        }
    }

    @Test
    @Order(6)
    void fileExportExportsTheActiveView() throws Exception {
        ComparisonView comparison = window.comparison();
        bot.waitUntil(Condition.of("the comparison", () -> comparison.rowHeaders().contains("Principer/Stöd")));
        NatTable matrix = bot.widget(NatTable.class, WidgetIds.COMPARISON_MATRIX);
        bot.run(matrix::forceFocus); // the view in front and active, as a click into it makes it
        ExportDialog dialog = ExportDialog.fromFileMenu(bot);
        assertTrue(dialog.what().contains("Comparison by Roll"), dialog.what());
        Path markdown = files.resolve("jamforelse.md");
        dialog.format("Markdown").file(markdown);
        dialog.export();
        assertTrue(Files.readString(markdown).contains("Principer/Stöd"));
        String record = Files.readString(files.resolve("jamforelse.tillit-query.json"));
        assertTrue(record.contains("\"query.export\": \"compare\""), record);
        assertTrue(record.contains("--by=Roll"), "the arguments export --replay asks again: " + record);
    }

    @Test
    @Order(7)
    void fileExportWithTheCodebookInFrontWritesTheCodebookForAnAppendix() throws Exception {
        window.codebook().activate();
        ExportDialog dialog = ExportDialog.fromFileMenu(bot);
        assertTrue(dialog.what().contains("Codebook"), dialog.what());
        Path docx = files.resolve("kodbok.docx");
        dialog.format("Word document (DOCX)").file(docx);
        Screenshots.capture(bot, "export-dialog-codebook");
        dialog.export();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText)
                    .toList();
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("Principer")), headings.toString());
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("Stöd")), headings.toString());
            assertEquals("codebook", document.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
        }
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    /** The long form's row of this code and group. */
    private static XSSFRow row(XSSFSheet sheet, String code, String group) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (code.equals(row.getCell(0).getStringCellValue()) && group.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " / " + group);
    }
}
