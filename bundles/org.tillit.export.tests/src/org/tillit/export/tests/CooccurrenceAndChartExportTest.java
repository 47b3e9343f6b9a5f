package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.ChartPicture;
import org.tillit.export.CsvExport;
import org.tillit.export.DocxTables;
import org.tillit.export.ExportTable;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.ResultTables;
import org.tillit.export.XlsxExport;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.Cooccurrence;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.testing.store.TestCodings;

/**
 * Co-occurrence exported in long form and as a code x code matrix, read back from CSV and XLSX;
 * a chart picture embedded in DOCX and XLSX exports and found there again.
 */
class CooccurrenceAndChartExportTest {

    @TempDir
    Path temp;

    private ExportStudy study;
    private Code tillit;

    @BeforeEach
    void open() throws Exception {
        study = new ExportStudy(temp);
        tillit = study.store.read(p -> CodePaths.find(p.getCodebook(), "Principer/Tillit", Language.SV));
        Document chef1 = study.store.documents().get(0);
        String fragment = "Anna hjälpte";
        int start = ExportStudy.CHEF1.codePointCount(0, ExportStudy.CHEF1.indexOf(fragment));
        Coding coding = TestCodings.coding(tillit, start, start + fragment.length());
        coding.setCoder(study.store.currentCoder());
        study.store.insertCoding(coding, chef1);
    }

    @AfterEach
    void close() {
        study.close();
    }

    @Test
    void cooccurrenceAsCsvIsOneRowPerPairAndAsXlsxAlsoTheCodeByCodeMatrix() throws Exception {
        CooccurrenceMatrix matrix = Cooccurrence.compute(study.store,
                Cooccurrence.Spec.of(List.of(study.stod, tillit), Proximity.OVERLAP));
        List<ExportTable> tables = ResultTables.cooccurrence(matrix);
        Path csv = temp.resolve("samforekomst.csv");
        CsvExport.write(tables.get(0), csv, CsvExport.Dialect.STANDARD);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            List<List<String>> rows = parser.getRecords().stream().map(CSVRecord::toList).toList();
            assertEquals(List.of(List.of("Code", "Other code", "Pairs", "Documents"),
                    List.of("Stöd", "Principer/Tillit", "1", "1")), rows, "the one pair, once");
        }
        Path xlsx = temp.resolve("samforekomst.xlsx");
        XlsxExport.write(tables, provenance(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Co-occurrence", "Co-occurrence matrix", "About this export"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            XSSFSheet grid = workbook.getSheetAt(1);
            assertEquals(List.of("Code", "Stöd", "Principer/Tillit"), List.of(grid.getRow(0).getCell(0).getStringCellValue(),
                    grid.getRow(0).getCell(1).getStringCellValue(), grid.getRow(0).getCell(2).getStringCellValue()));
            assertNull(grid.getRow(1).getCell(1), "a code with itself is no pair");
            assertEquals(CellType.NUMERIC, grid.getRow(1).getCell(2).getCellType());
            assertEquals(1.0, grid.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(1.0, grid.getRow(2).getCell(1).getNumericCellValue(), "the matrix is symmetric");
        }
    }

    @Test
    void aChartIsAPictureInTheDocxAndOnASheetOfItsOwnInTheXlsx() throws Exception {
        byte[] png = png(300, 200);
        ChartPicture chart = ChartPicture.of(png, "Diagram");
        assertEquals(List.of(300, 200), List.of(chart.width(), chart.height()), "the size read from the PNG");
        List<ExportTable> tables = List.of(new ExportTable("Jämförelse", List.of(ExportTable.text("Kod"),
                ExportTable.integer("Segment"))).add("Stöd", 4));
        Path docx = temp.resolve("jamforelse.docx");
        DocxTables.write(tables, chart, "Jämförelse", provenance(), docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(1, pictures.size());
            assertEquals(List.of(png.length), List.of(pictures.get(0).getData().length), "the PNG as given");
            assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && "Diagram".equals(p.getText())), "under its own heading");
        }
        Path xlsx = temp.resolve("jamforelse.xlsx");
        XlsxExport.write(tables, chart, provenance(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("Diagram", workbook.getSheetName(1), "after the tables, before the provenance");
            XSSFSheet sheet = workbook.getSheetAt(1);
            assertTrue(sheet.getDrawingPatriarch().getShapes().stream().anyMatch(XSSFPicture.class::isInstance),
                    "a picture anchored on the sheet");
            assertEquals(1, workbook.getAllPictures().size());
        }
    }

    /** A small PNG of two colours: what the export embeds does not matter to it, only that it is a PNG. */
    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0x0072B2));
        graphics.fillRect(20, 20, width / 2, height / 3);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Provenance provenance() {
        return new Provenance(Map.of("export", "compare"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 3, 69, 5, "ab".repeat(32)), "0.1.0");
    }
}
