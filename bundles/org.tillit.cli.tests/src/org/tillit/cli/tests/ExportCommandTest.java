package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code export} of segments, comparisons, quotes, co-occurrence and the codebook in each format, read back, and replayed. */
class ExportCommandTest extends CodedProjectTestCase {

    @Test
    void segmentsAsCsvForASwedishExcelWithCitationsAndARecordBeside() throws Exception {
        Path out = temp.resolve("tillit.csv");
        Result result = cli.run("export", "segments", "--project", project, "--code", "Analys/Tillit", "--out", out.toString(),
                "--excel", "--citation", "({roll}, {dokument}, rad {rader})");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("wrote " + out + " (3 items)", result.out().strip());
        List<CSVRecord> rows = csv(out, ';');
        assertEquals(List.of("Document", "Case", "Code", "Quote", "Citation"), rows.get(0).toList().subList(0, 5));
        assertEquals(List.of("chef1.txt", "chef1", "Analys/Tillit", "Vi har tillit.", "(Chef/enhetschef, chef1.txt, rad 2)"),
                rows.get(1).toList().subList(0, 5));
        assertEquals(4, rows.size());
        JsonObject record = JsonParser.parseString(Files.readString(temp.resolve("tillit.tillit-query.json"))).getAsJsonObject();
        assertEquals("segments", record.get("query.export").getAsString());
        assertTrue(record.get("query.arguments").getAsString().contains("--code=Analys/Tillit"), record.toString());
        assertEquals("3", record.get("project.documents").getAsString());
    }

    @Test
    void aComparisonAsXlsxHasTypedLongFormAndMatrixSheetsAndItsProvenance() throws Exception {
        Path out = temp.resolve("jamforelse.xlsx");
        Result result = cli.run("export", "compare", "--project", project, "--by", "roll", "--codes", "Analys/Tillit",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Comparison", "Counts", "Cases percent", "About this export"), List.of(workbook.getSheetName(0),
                    workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)));
            var chef = workbook.getSheetAt(0).getRow(1);
            assertEquals("Chef/enhetschef", chef.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, chef.getCell(2).getCellType());
            assertEquals(2.0, chef.getCell(2).getNumericCellValue());
            assertEquals(1.0, chef.getCell(5).getNumericCellValue(), 1e-9, "both managers: 100 %");
            assertEquals("compare",
                    workbook.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
        }
    }

    @Test
    void quotesAsDocxWithPseudonymsSayHowManyNamesWereReplaced() throws Exception {
        Path names = Files.writeString(temp.resolve("pseudonymer.csv"), "namn;pseudonym\nTillit;[begrepp]\n",
                StandardCharsets.UTF_8);
        Path out = temp.resolve("citat.docx");
        Result result = cli.run("export", "quotes", "--project", project, "--by", "roll", "--codes", "Analys/Tillit",
                "--out", out.toString(), "--pseudonyms", names.toString(), "--questions");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("wrote " + out + " (3 items)", "names replaced by pseudonyms: 3"), result.lines());
        try (InputStream in = Files.newInputStream(out); XWPFDocument document = new XWPFDocument(in)) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("Quotes by Roll", texts.get(0));
            assertTrue(texts.contains("\u201cVi har [begrepp].\u201d (chef1.txt, rad 2)"), texts.toString());
            assertTrue(texts.contains("I: Hur är stödet?"), texts.toString());
            assertFalse(String.join(" ", texts).toLowerCase().contains("tillit."), texts.toString());
        }
    }

    @Test
    void aReplaySaysWhetherTheProjectChangedAndWritesTheResultAgain() throws Exception {
        Path out = temp.resolve("svar.md");
        assertEquals(0, cli.run("export", "segments", "--project", project, "--code", "Analys/Tillit", "--out",
                out.toString()).exitCode());
        Path record = temp.resolve("svar.tillit-query.json");
        Result same = cli.run("export", "--replay", record.toString(), "--project", project);
        assertEquals(0, same.exitCode(), same.toString());
        assertTrue(same.lines().get(1).startsWith("the project has not changed since"), same.toString());

        assertEquals(0, cli.run("autocode", "--project", project, "--code", "Analys/Tillit", "--search", "stödet",
                "--extend", "none").exitCode());
        Files.delete(out);
        Result changed = cli.run("export", "--replay", record.toString(), "--project", project);
        assertEquals(0, changed.exitCode(), changed.toString());
        assertTrue(changed.lines().get(1).contains("codings 7 -> 13"), changed.toString());
        assertTrue(Files.readString(out).contains("| Stödet |"), "written again, with the new codings");
    }

    @Test
    void aReplayReadsADocxExportsOwnRecord() throws Exception {
        Path out = temp.resolve("jamforelse.docx");
        assertEquals(0, cli.run("export", "compare", "--project", project, "--by", "roll", "--out", out.toString()).exitCode());
        Path again = temp.resolve("igen.docx");
        Result replay = cli.run("export", "--replay", out.toString(), "--project", project, "--out", again.toString());
        assertEquals(0, replay.exitCode(), replay.toString());
        assertTrue(Files.size(again) > 0);
    }

    @Test
    void anUnknownPlaceholderOrAMissingFolderIsOneLineAndNothingIsWritten() throws Exception {
        Path out = temp.resolve("fel.csv");
        Result placeholder = cli.run("export", "segments", "--project", project, "--code", "Analys/Tillit", "--out",
                out.toString(), "--citation", "({rol}, rad {rader})");
        assertEquals(1, placeholder.exitCode());
        assertTrue(placeholder.err().contains("{rol}") && placeholder.err().contains("Roll"), placeholder.toString());
        assertFalse(Files.exists(out));
        Path nowhere = temp.resolve("saknas").resolve("x.xlsx");
        Result folder = cli.run("export", "compare", "--project", project, "--by", "roll", "--out", nowhere.toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains(nowhere.toString()), folder.toString());
        assertEquals(1, cli.run("export", "compare", "--project", project, "--by", "roll", "--out",
                temp.resolve("x.pdf").toString()).exitCode(), "no such format");
    }

    @Test
    void cooccurrenceAsCsvIsOneRowPerPairAndAsXlsxAlsoTheMatrix() throws Exception {
        Path out = temp.resolve("samforekomst.csv");
        Result result = cli.run("export", "cooccurrence", "--project", project, "--codes", "Analys/Tillit,Analys/Svar",
                "--out", out.toString(), "--excel");
        assertEquals(0, result.exitCode(), result.toString());
        List<CSVRecord> rows = csv(out, ';');
        assertEquals(List.of("Code", "Other code", "Pairs", "Documents"), rows.get(0).toList());
        assertEquals(List.of("Analys/Tillit", "Analys/Svar", "3", "3"), rows.get(1).toList(),
                "each sentence with tillit lies in an answer, in three interviews");
        assertEquals(2, rows.size());
        Path xlsx = temp.resolve("samforekomst.xlsx");
        assertEquals(0, cli.run("export", "cooccurrence", "--project", project, "--codes", "Analys/Tillit,Analys/Svar",
                "--proximity", "turn", "--out", xlsx.toString()).exitCode());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Co-occurrence", "Co-occurrence matrix", "About this export"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            var tillit = workbook.getSheetAt(1).getRow(1);
            assertEquals("Analys/Tillit", tillit.getCell(0).getStringCellValue());
            assertEquals(3.0, tillit.getCell(2).getNumericCellValue());
            assertTrue(workbook.getProperties().getCustomProperties().getProperty("query.arguments").getLpwstr()
                    .contains("--proximity=turn"));
        }
    }

    @Test
    void theCodebookAsDocxInEnglishHasHeadingsByDepthDefinitionsCountsAndSets() throws Exception {
        Path out = temp.resolve("kodbok.docx");
        Result result = cli.run("export", "codebook", "--project", project, "--lang", "en", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.toString());
        try (InputStream in = Files.newInputStream(out); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> headings = paragraphs.stream().filter(p -> p.getStyle() != null)
                    .map(p -> p.getStyle() + ":" + p.getText()).toList();
            assertEquals(List.of("Heading1:Principles (grouping code)", "Heading2:Trust"), headings.subList(1, 3), headings.toString());
            assertTrue(headings.contains("Heading1:Code sets") && headings.contains("Heading2:Support"), headings.toString());
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.get(texts.indexOf("Trust") + 2).contains("Example: \u201cThe basic idea"), texts.toString());
            int tillit = texts.lastIndexOf("Tillit");
            assertTrue(headings.get(headings.indexOf("Heading2:Tillit") - 1).startsWith("Heading1:Analys"),
                    "the autocoded code under its parent: " + headings);
            assertEquals("Codings: 3, documents: 3", texts.get(tillit + 1));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Codings: 0 (7 with sub-codes), documents: 0 (3 with sub-codes)")),
                    "Analys counts its sub-codes' 3 + 4 codings: " + texts);
            assertEquals("codebook", document.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
        }
    }

    @Test
    void theCodebookAsMarkdownInSwedishNestsHeadingsAndIsReplayable() throws Exception {
        Path out = temp.resolve("kodbok.md");
        assertEquals(0, cli.run("export", "codebook", "--project", project, "--lang", "sv", "--out", out.toString()).exitCode());
        String md = Files.readString(out);
        assertTrue(md.contains("\n## Principer (grouping code)\n"), md);
        assertTrue(md.contains("\n### Tillit\n"), md);
        assertTrue(md.contains("Exempel: \u201dGrundtanken"), "the example inside the definition, as written");
        assertTrue(md.contains("\n## Code sets\n\n### Stöd\n"), md);
        Files.delete(out);
        Result replay = cli.run("export", "--replay", temp.resolve("kodbok.tillit-query.json").toString(), "--project", project);
        assertEquals(0, replay.exitCode(), replay.toString());
        assertTrue(Files.readString(out).contains("### Tillit"), "written again");
        assertEquals(1, cli.run("export", "codebook", "--project", project, "--out", temp.resolve("kodbok.xlsx").toString())
                .exitCode(), "a codebook is DOCX or Markdown");
    }

    @Test
    void withChartTheComparisonIsAPictureInTheDocxAndTheXlsx() throws Exception {
        Path docx = temp.resolve("jamforelse.docx");
        Result result = cli.run("export", "compare", "--project", project, "--by", "roll", "--out", docx.toString(), "--chart");
        assertEquals(0, result.exitCode(), result.toString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertEquals(1, document.getAllPictures().size());
            assertNonTrivialPng(document.getAllPictures().get(0).getData());
        }
        Path xlsx = temp.resolve("jamforelse.xlsx");
        assertEquals(0, cli.run("export", "compare", "--project", project, "--by", "roll", "--out", xlsx.toString(), "--chart",
                "--chart-unit", "cases").exitCode());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet chart = workbook.getSheet("Chart");
            assertTrue(chart.getDrawingPatriarch().getShapes().stream().anyMatch(XSSFPicture.class::isInstance),
                    "a picture anchored on its own sheet");
            assertNonTrivialPng(workbook.getAllPictures().get(0).getData());
        }
        Path quotes = temp.resolve("citat.docx");
        assertEquals(0, cli.run("export", "quotes", "--project", project, "--by", "roll", "--codes", "Analys/Tillit", "--out",
                quotes.toString(), "--chart").exitCode());
        try (InputStream in = Files.newInputStream(quotes); XWPFDocument document = new XWPFDocument(in)) {
            assertEquals(1, document.getAllPictures().size(), "the chart at the top of the quote report");
        }
        Path csv = temp.resolve("jamforelse.csv");
        Result refused = cli.run("export", "compare", "--project", project, "--by", "roll", "--out", csv.toString(), "--chart");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("DOCX or XLSX"), refused.toString());
        assertFalse(Files.exists(csv));
    }

    private static void assertNonTrivialPng(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a PNG ImageIO reads");
        assertEquals(1200, image.getWidth(), "laid out at 600 pixels, drawn at twice that");
        long colours = Stream.iterate(0, i -> i < image.getWidth() * image.getHeight(), i -> i + 97)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
        assertTrue(colours > 4, "bars, text and background: " + colours + " colours");
    }

    private static List<CSVRecord> csv(Path file, char separator) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        try (Reader reader = new StringReader(text.substring(1));
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
