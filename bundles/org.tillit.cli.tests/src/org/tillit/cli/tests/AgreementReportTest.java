package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * {@code report agreement}: Anna and Bo coded a manager's and an employee's interview with one
 * code; in the manager's as in Krippendorff's Bertha and Bill (24 characters: 6 both, 8 Anna alone,
 * 10 neither), in the employee's identically. The CSV has the rows and columns the issue names; the
 * comparison counts one coder's codings when asked.
 */
class AgreementReportTest extends CliTestCase {

    private static final String TEXT = "abcdefghijklmnopqrstuvwx";

    private String project;
    private String codePath;

    @BeforeEach
    void twoCodersCodeTwoInterviews() throws Exception {
        Path folder = temp.resolve("projekt");
        project = folder.toString();
        try (ProjectStore store = new H2ProjectStoreFactory().open(ProjectLocation.folder(folder),
                new CoderIdentity("Anna"))) {
            List<Document> documents = store.addDocuments(List.of(document("chef.txt"), document("medarbetare.txt")));
            Code code = CodeTree.allCodes(store.codebook()).stream().filter(Code::isCodable).findFirst().orElseThrow();
            codePath = store.read(p -> CodePaths.of(code, Language.SV));
            Coder anna = store.currentCoder();
            store.useCoder(new CoderIdentity("Bo"));
            Coder bo = store.currentCoder();
            code(store, documents.get(0), code, anna, 0, 14);
            code(store, documents.get(0), code, bo, 0, 6);
            code(store, documents.get(1), code, anna, 3, 9);
            code(store, documents.get(1), code, bo, 3, 9);
            AttributeDefinition roll = store.project().getAttributeDefinitions().stream()
                    .filter(d -> "Roll".equals(d.getNameSv())).findFirst().orElseThrow();
            store.changeAttributes(new AttributeChanges(List.of(), List.of(
                    new Assignment(documents.get(0), roll, "Chef/enhetschef"),
                    new Assignment(documents.get(1), roll, "Medarbetare")), List.of()));
        }
    }

    @Test
    void csvHasARowPerCodeAndGroupAndOverallWithTheNamedColumns() throws Exception {
        Result result = cli.run("report", "agreement", "--project", project, "--coders", "Anna,Bo", "--codes", codePath,
                "--by", "Roll", "--format", "csv");
        assertEquals(0, result.exitCode(), result.toString());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
        assertTrue(rows.get(0).getParser().getHeaderNames().containsAll(List.of("code", "group", "agreement_percent",
                "kappa", "alpha")), rows.get(0).getParser().getHeaderNames().toString());
        CSVRecord managers = row(rows, codePath, "Chef/enhetschef");
        assertEquals(List.of("24", "6", "8", "0", "10", "66.67", "0.3846", "0.3143"), List.of(managers.get("characters"),
                managers.get("both"), managers.get("first_only"), managers.get("second_only"), managers.get("neither"),
                managers.get("agreement_percent"), managers.get("kappa"), managers.get("pi")));
        CSVRecord employees = row(rows, codePath, "Medarbetare");
        assertEquals(List.of("100.00", "1.0000", "1.0000"), List.of(employees.get("agreement_percent"),
                employees.get("kappa"), employees.get("alpha")));
        CSVRecord overall = row(rows, "overall", "overall");
        assertEquals("48", overall.get("characters"));
        assertEquals(6, rows.size(), "the code and overall, for all documents and each of the two roles");
    }

    @Test
    void anUnknownCoderIsNamedWithThoseThereAreAndOneCoderIsNotEnough() {
        Result unknown = cli.run("report", "agreement", "--project", project, "--coders", "Anna,Cecilia");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("Cecilia") && unknown.err().contains("Bo"), unknown.toString());
        assertEquals(1, cli.run("report", "agreement", "--project", project, "--coders", "Anna,anna").exitCode());
        Result json = cli.run("report", "agreement", "--project", project, "--coders", "Bo,Anna", "--format", "json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"group\":\"overall\""), json.out());
    }

    @Test
    void disagreementsListWhatAnnaCodedAndBoDidNotWithItsText() throws Exception {
        Result result = cli.run("report", "disagreements", "--project", project, "--coders", "Anna,Bo", "--format", "csv");
        assertEquals(0, result.exitCode(), result.toString());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
        assertEquals(1, rows.size(), result.out());
        CSVRecord only = rows.get(0);
        assertEquals(List.of("chef.txt", codePath, "6", "14", "Anna", "Bo", TEXT.substring(6, 14)), List.of(only.get("document"),
                only.get("code"), only.get("start"), only.get("end"), only.get("coded_by"), only.get("not_by"),
                only.get("text")));
    }

    @Test
    void aComparisonCountsTheNamedCodersCodingsOnly() throws Exception {
        Result both = cli.run("report", "compare", "--project", project, "--by", "Roll", "--codes", codePath, "--format", "csv");
        Result bo = cli.run("report", "compare", "--project", project, "--by", "Roll", "--codes", codePath, "--coder", "Bo",
                "--format", "csv");
        assertEquals(0, bo.exitCode(), bo.toString());
        assertEquals("2", segments(both, "Chef/enhetschef"), both.out());
        assertEquals("1", segments(bo, "Chef/enhetschef"), bo.out());
    }

    @Test
    void theAgreementGoesToExcelWithTypedNumbersAndTheDisagreementsOnASheetOfTheirOwn() throws Exception {
        Path xlsx = temp.resolve("overensstammelse.xlsx");
        Result result = cli.run("export", "agreement", "--project", project, "--coders", "Anna,Bo", "--by", "Roll", "--out",
                xlsx.toString());
        assertEquals(0, result.exitCode(), result.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet table = workbook.getSheetAt(0);
            assertEquals("Kappa", table.getRow(0).getCell(8).getStringCellValue());
            int managers = -1;
            for (int r = 1; r <= table.getLastRowNum(); r++) {
                if ("Chef/enhetschef".equals(table.getRow(r).getCell(1).getStringCellValue())
                        && codePath.equals(table.getRow(r).getCell(0).getStringCellValue())) {
                    managers = r;
                }
            }
            assertEquals(0.3846, table.getRow(managers).getCell(8).getNumericCellValue(), 0.0001, "kappa as a number");
            XSSFSheet apart = workbook.getSheetAt(1);
            assertEquals("chef.txt", apart.getRow(1).getCell(0).getStringCellValue());
            assertEquals(TEXT.substring(6, 14), apart.getRow(1).getCell(6).getStringCellValue());
        }
    }

    private static String segments(Result result, String group) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(result.out()))
                .getRecords().stream().filter(r -> r.get("group").equals(group)).findFirst().orElseThrow().get("segments");
    }

    private static CSVRecord row(List<CSVRecord> rows, String code, String group) {
        return rows.stream().filter(r -> r.get("code").equals(code) && r.get("group").equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " in " + group));
    }

    private NewDocument document(String name) throws Exception {
        Path file = Files.writeString(temp.resolve(name), TEXT, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", Integer.toHexString(name.hashCode()).repeat(8).substring(0, 64),
                TEXT, Map.of());
    }

    private static void code(ProjectStore store, Document document, Code code, Coder coder, int start, int end)
            throws Exception {
        Coding coding = TestCodings.coding(code, start, end);
        coding.setCoder(coder);
        store.insertCoding(coding, document);
    }
}
