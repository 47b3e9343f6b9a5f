package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.TestSpreadsheets;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code attributes}: plan, apply, and refuse a sheet with problems without touching the project. */
class AttributesCommandTest extends CliTestCase {

    private Path project;

    @BeforeEach
    void projectWithTwoInterviews() throws Exception {
        project = temp.resolve("project");
        Path chef = TestDocuments.docx(temp.resolve("Intervju 1 chef.docx"), TestDocuments.INTERVIEW);
        Path medarbetare = TestDocuments.text(temp.resolve("Intervju 2 medarbetare.txt"), TestDocuments.INTERVIEW,
                StandardCharsets.UTF_8, false);
        assertEquals(0, cli.run("import", "--project", project.toString(), chef.toString(), medarbetare.toString())
                .exitCode());
    }

    private Path sheet(String name, List<List<Object>> rows) throws Exception {
        return TestSpreadsheets.xlsx(temp.resolve(name), rows);
    }

    @Test
    void withoutApplyTheSheetIsOnlyShown() throws Exception {
        Path xlsx = sheet("roller.xlsx", List.of(List.of("Dokument", "Roll", "Ålder"),
                List.of("Intervju 1 chef", "Chef", 52), List.of("Intervju 2 medarbetare.txt", "Medarbetare", 34)));

        Result result = cli.run("attributes", "--project", project.toString(), xlsx.toString());

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("attribute Roll (existing, category)", "attribute Ålder (new, number)",
                "row 2: Intervju 1 chef -> document 'Intervju 1 chef.docx': Roll=Chef/enhetschef, Ålder=52",
                "row 3: Intervju 2 medarbetare.txt -> document 'Intervju 2 medarbetare.txt': Roll=Medarbetare, Ålder=34"),
                result.lines().subList(0, 4));
        JsonObject summary = JsonParser.parseString(result.lastLine()).getAsJsonObject();
        assertFalse(summary.get("applied").getAsBoolean());
        assertEquals(4, summary.get("values").getAsInt());
        assertEquals(1, summary.get("newAttributes").getAsInt());
        try (ProjectStore store = cli.projectStoreFactory().openExisting(project)) {
            assertTrue(store.documents().stream().allMatch(d -> d.getAttributeValues().isEmpty()));
        }
    }

    @Test
    void applyStoresEveryValue() throws Exception {
        Path xlsx = sheet("roller.xlsx", List.of(List.of("Dokument", "Roll", "Ålder"),
                List.of("Intervju 1 chef", "Chef", 52), List.of("Intervju 2 medarbetare", "Medarbetare", 34)));

        Result result = cli.run("attributes", "--project", project.toString(), "--apply", xlsx.toString());

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(JsonParser.parseString(result.lastLine()).getAsJsonObject().get("applied").getAsBoolean());
        try (ProjectStore store = cli.projectStoreFactory().openExisting(project)) {
            Document chef = store.documents().get(0);
            AttributeDefinition role = definition(store, "Roll");
            assertEquals("Chef/enhetschef", store.attribute(chef, role).orElseThrow());
            assertEquals("34", store.attribute(store.documents().get(1), definition(store, "Ålder")).orElseThrow());
        }
        Result listed = cli.run("documents", "--project", project.toString(), "--format", "json");
        JsonObject first = JsonParser.parseString(listed.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("Chef/enhetschef", first.getAsJsonObject("attributes").get("Roll").getAsString(), listed.out());
        assertEquals("52", first.getAsJsonObject("attributes").get("Ålder").getAsString());
    }

    @Test
    void problemsAndUnknownNamesApplyNothingAndExitTwo() throws Exception {
        Path csv = TestSpreadsheets.csv(temp.resolve("fel.csv"), List.of(List.of("Dokument", "Roll", "Ålder"),
                List.of("Intervju 1 chef", "Chef", "52"), List.of("Intervju 2 medarbetare", "Rektor", "34"),
                List.of("Intervju 3", "Chef", "40")), ';', StandardCharsets.UTF_8, true);

        Result result = cli.run("attributes", "--project", project.toString(), "--apply", "--skip-unknown",
                csv.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.out().contains("unknown: Row 4: no document or case is named 'Intervju 3'."), result.out());
        assertTrue(result.out().contains("problem: Row 3, Roll: 'Rektor' is not one of"), result.out());
        assertTrue(result.err().contains("nothing applied: fix the problems in the sheet"), result.err());
        JsonObject summary = JsonParser.parseString(result.lastLine()).getAsJsonObject();
        assertFalse(summary.get("applied").getAsBoolean());
        assertEquals(1, summary.getAsJsonArray("problems").size());
        try (ProjectStore store = cli.projectStoreFactory().openExisting(project)) {
            assertTrue(store.documents().stream().allMatch(d -> d.getAttributeValues().isEmpty()));
            assertTrue(store.project().getAttributeDefinitions().stream().noneMatch(d -> "Ålder".equals(d.getNameSv())),
                    "no new attribute either");
        }
    }

    @Test
    void unknownNamesMayBeSkippedOnRequest() throws Exception {
        Path csv = TestSpreadsheets.csv(temp.resolve("senare.csv"), List.of(List.of("Dokument", "Roll"),
                List.of("Intervju 1 chef", "Chef"), List.of("Intervju 3", "Chef")), ',', StandardCharsets.UTF_8, false);
        assertEquals(2, cli.run("attributes", "--project", project.toString(), "--apply", csv.toString()).exitCode());

        Result skipping = cli.run("attributes", "--project", project.toString(), "--apply", "--skip-unknown",
                csv.toString());

        assertEquals(0, skipping.exitCode(), skipping.toString());
        try (ProjectStore store = cli.projectStoreFactory().openExisting(project)) {
            assertEquals("Chef/enhetschef", store.attribute(store.documents().get(0), definition(store, "Roll")).orElseThrow());
        }
    }

    @Test
    void aFileThatIsNoSheetExitsOneWithItsName() throws Exception {
        Path binary = TestDocuments.randomBinary(temp.resolve("bild.xlsx"), 2048);
        Result result = cli.run("attributes", "--project", project.toString(), binary.toString());
        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("./tillit attributes: 'bild.xlsx' is named like an Excel workbook but is not one",
                result.err().strip());
        assertEquals(1, cli.run("attributes", "--project", project.toString()).exitCode(), "a file is required");
        assertTrue(Files.exists(project.resolve("originals")));
    }

    private static AttributeDefinition definition(ProjectStore store, String name) {
        return store.project().getAttributeDefinitions().stream().filter(d -> name.equals(d.getNameSv())).findFirst()
                .orElseThrow();
    }
}
