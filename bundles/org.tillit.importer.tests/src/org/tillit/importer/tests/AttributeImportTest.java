package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.internal.SpreadsheetAttributeImporter;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodebookReader;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.TestSpreadsheets;

/** Attribute sheets in CSV, XLSX and XLS, planned against a project with three interviews. */
class AttributeImportTest {

    @TempDir
    Path dir;

    private final SpreadsheetAttributeImporter importer = new SpreadsheetAttributeImporter();
    private Project project;
    private Document chef;
    private Document medarbetare;
    private Case groupCase;

    @BeforeEach
    void project() {
        project = TillitFactory.eINSTANCE.createProject();
        project.getAttributeDefinitions().addAll(CodebookReader.tbsl().attributes());
        chef = document("Intervju 1 chef.docx");
        medarbetare = document("Intervju 2 medarbetare.docx");
        document("Fokusgrupp.pdf");
        groupCase = TillitFactory.eINSTANCE.createCase();
        groupCase.setName("Hemtjänst Norr");
        project.getCases().add(groupCase);
    }

    private Document document(String name) {
        Document document = TillitFactory.eINSTANCE.createDocument();
        document.setName(name);
        project.getDocuments().add(document);
        return document;
    }

    private static Map<String, String> valuesOf(AttributePlan plan, Object owner) {
        return plan.assignments().stream().filter(a -> a.owner() == owner)
                .collect(Collectors.toMap(a -> a.definition().getNameEn(), Assignment::value));
    }

    @Test
    void swedishExcelCsvWithSemicolonsAndBomMatchesDocumentsAndExistingAttributes() throws Exception {
        Path csv = TestSpreadsheets.csv(dir.resolve("roller.csv"), List.of(
                List.of("Dokument", "Roll", "Sektor", "Intervjudatum"),
                List.of("Intervju 1 chef.docx", "chef", "Hemtjänst", "2024-03-18"),
                List.of("intervju 2 medarbetare", "Medarbetare", "Äldreomsorg", "2024-03-20")),
                ';', StandardCharsets.UTF_8, true);
        AttributePlan plan = importer.plan(csv, project);

        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(), plan.unknownNames());
        assertTrue(plan.newDefinitions().isEmpty(), "Roll, Sektor and Intervjudatum are TBSL attributes");
        assertEquals(Map.of("Role", "Chef/enhetschef", "Sector", "Hemtjänst", "Interview date", "2024-03-18"),
                valuesOf(plan, chef));
        assertEquals("Äldreomsorg/särskilt boende", valuesOf(plan, medarbetare).get("Sector"));
        assertTrue(plan.canApply(false));
        assertEquals("3 attributes (0 new) for 2 of 2 rows: 6 values", plan.summary());
    }

    @Test
    void newColumnsGetTheTypeTheirValuesShow() throws Exception {
        Path csv = TestSpreadsheets.csv(dir.resolve("bakgrund.csv"), List.of(
                List.of("Namn", "Ålder", "Chefserfarenhet", "Förvaltning", "Kommentar", "Anställd sedan"),
                List.of("Intervju 1 chef", "52", "ja", "Vård och omsorg", "Lång intervju", "2011-08-01"),
                List.of("Intervju 2 medarbetare", "34,5", "nej", "Vård och omsorg", "Avbröts", "2019-01-15"),
                List.of("Fokusgrupp", "", "Nej", "Utbildning", "Fem deltagare", "")),
                ',', Charset.forName("windows-1252"), false);
        AttributePlan plan = importer.plan(csv, project);

        assertEquals(List.of(), plan.problems());
        Map<String, AttributeType> types = plan.columns().stream()
                .collect(Collectors.toMap(AttributePlan.Column::header, c -> c.definition().getType()));
        assertEquals(Map.of("Ålder", AttributeType.NUMBER, "Chefserfarenhet", AttributeType.BOOLEAN, "Förvaltning",
                AttributeType.CATEGORY, "Kommentar", AttributeType.TEXT, "Anställd sedan", AttributeType.DATE), types);
        assertEquals(List.of("Vård och omsorg", "Utbildning"), plan.columns().get(2).definition().getAllowedValues());
        assertEquals("34.5", valuesOf(plan, medarbetare).get("Ålder"));
        assertEquals("false", valuesOf(plan, medarbetare).get("Chefserfarenhet"));
        assertEquals(5, plan.newDefinitions().size());
        assertFalse(valuesOf(plan, project.getDocuments().get(2)).containsKey("Ålder"), "an empty cell sets nothing");
    }

    @Test
    void xlsxWithTypedCellsAndACaseRow() throws Exception {
        Path xlsx = TestSpreadsheets.xlsx(dir.resolve("fall.xlsx"), List.of(
                List.of("Fall", "Roll", "Intervjudatum", "Antal medarbetare"),
                List.of("Intervju 1 chef.docx", "Chef/enhetschef", LocalDate.of(2024, 3, 18), 23),
                List.of("Hemtjänst Norr", "Medarbetare", LocalDate.of(2024, 4, 2), 41.5)));
        AttributePlan plan = importer.plan(xlsx, project);

        assertEquals(List.of(), plan.problems());
        assertSame(groupCase, plan.rows().get(1).owner(), "a name that is no document names a case");
        assertEquals(Map.of("Role", "Chef/enhetschef", "Interview date", "2024-03-18", "Antal medarbetare", "23"),
                valuesOf(plan, chef));
        assertEquals("41.5", valuesOf(plan, groupCase).get("Antal medarbetare"));
    }

    @Test
    void xlsFromOlderExcel() throws Exception {
        Path xls = TestSpreadsheets.xls(dir.resolve("fall.xls"), List.of(
                List.of("Dokument", "Organisation"), List.of("Fokusgrupp.pdf", "Region")));
        AttributePlan plan = importer.plan(xls, project);
        assertEquals(Map.of("Organisation", "Region"), valuesOf(plan, project.getDocuments().get(2)));
    }

    @Test
    void badValuesUnknownAndRepeatedNamesAreListedAndBlockApplying() throws Exception {
        Path csv = TestSpreadsheets.csv(dir.resolve("fel.csv"), List.of(
                List.of("Dokument", "Roll", "Intervjudatum"),
                List.of("Intervju 1 chef", "Rektor", "18 mars"),
                List.of("Intervju 9", "Medarbetare", ""),
                List.of("Intervju 1 chef.docx", "Chef", "")),
                ',', StandardCharsets.UTF_8, false);
        AttributePlan plan = importer.plan(csv, project);

        assertEquals(List.of(
                "Row 2, Roll: 'Rektor' is not one of Chef/enhetschef, Medarbetare, Politiker, Tjänsteperson/förvaltning.",
                "Row 2, Intervjudatum: '18 mars' is not a date (write it as 2024-03-18).",
                "Rows 2 and 4 both give attributes to document 'Intervju 1 chef.docx'."), plan.problems());
        assertEquals(List.of("Row 3: no document or case is named 'Intervju 9'."), plan.unknownNames());
        assertFalse(plan.canApply(false));
        assertFalse(plan.canApply(true), "problems block even when unknown names may be left out");
    }

    @Test
    void unknownNamesAloneMayBeLeftOut() throws Exception {
        Path csv = TestSpreadsheets.csv(dir.resolve("senare.csv"), List.of(
                List.of("Dokument", "Roll"), List.of("Intervju 1 chef", "Chef"), List.of("Intervju 7", "Chef")),
                '\t', StandardCharsets.UTF_8, false);
        AttributePlan plan = importer.plan(csv, project);
        assertFalse(plan.canApply(false));
        assertTrue(plan.canApply(true));
        assertEquals(1, plan.assignments().size());
        assertNull(plan.rows().get(1).owner());
    }

    @Test
    void ambiguousBaseNamesAskForTheFullFileName() throws Exception {
        document("Intervju 1 chef.pdf");
        Path csv = TestSpreadsheets.csv(dir.resolve("a.csv"), List.of(
                List.of("Dokument", "Roll"), List.of("Intervju 1 chef", "Chef")), ',', StandardCharsets.UTF_8, false);
        AttributePlan plan = importer.plan(csv, project);
        assertEquals(List.of("Row 2: 'Intervju 1 chef' names several documents (Intervju 1 chef.docx, "
                + "Intervju 1 chef.pdf); write the full file name."), plan.problems());
    }

    @Test
    void unreadableFilesGetAMessageNamingThem() throws Exception {
        Path notXlsx = Files.write(dir.resolve("trasig.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
        assertMessage("'trasig.xlsx' is damaged or is not a valid Excel workbook (XLSX)", notXlsx);
        assertMessage("'tom.csv' is empty", Files.write(dir.resolve("tom.csv"), new byte[0]));
        assertMessage("'bild.csv' is neither a CSV file nor an Excel workbook",
                TestDocuments.randomBinary(dir.resolve("bild.csv"), 4096));
        assertMessage("'lösen.xlsx' is protected by a password",
                TestDocuments.encryptedDocx(dir.resolve("lösen.xlsx"), "hemligt"));
        assertMessage("'text.xlsx' is named like an Excel workbook but is not one",
                Files.writeString(dir.resolve("text.xlsx"), "Dokument,Roll\n"));
        assertMessage("'citat.csv' is not a well-formed CSV file",
                Files.writeString(dir.resolve("citat.csv"), "Dokument,Roll\n\"Intervju 1,Chef\n"));
    }

    private void assertMessage(String expectedStart, Path file) {
        AttributeImportException e = assertThrows(AttributeImportException.class, () -> importer.plan(file, project));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
