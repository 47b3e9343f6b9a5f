package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code codebook} prints the TBSL codebook of a real project, as a tree and as JSON. */
class CodebookCommandTest extends CliTestCase {

    private static final List<String> GROUPS_SV = List.of("Principer", "Praktiker", "Problem med styrningen (NPM)",
            "Införande", "Enhetschefers upplevelser", "Medarbetares upplevelser", "Kollegial granskning",
            "Tillit i utgångsläget", "Behov av stöd");
    private static final List<String> GROUPS_EN = List.of("Principles", "Practices", "Problems with governance (NPM)",
            "Implementation", "Unit managers' experiences", "Employees' experiences", "Peer review",
            "Trust at the outset", "Need for support");

    @Test
    void textIsAnIndentedTreeInTheProjectsLanguageSwedish() throws Exception {
        Path project = cli.newProject(temp.resolve("projekt"));

        Result result = cli.run("codebook", "--project", project.toString());

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err());
        assertEquals(GROUPS_SV, topLevelLabels(result), result.out());
        assertTrue(result.lines().contains("Principer [group]  #81ADDA"), result.out());
        assertTrue(result.lines().contains("  Tillit  #B0CCE8"), "codable child: 2 spaces, label, colour");
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("    ")), "a third level is indented by 4");
        assertTrue(result.out().contains("\nCode sets:\n"), result.out());
    }

    @Test
    void langEnPrintsTheEnglishLabels() throws Exception {
        Path project = cli.newProject(temp.resolve("project"));

        Result result = cli.run("codebook", "--project=" + project, "--lang", "en");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(GROUPS_EN, topLevelLabels(result), result.out());
        assertTrue(result.lines().contains("  Trust  #B0CCE8"), result.out());
    }

    @Test
    void jsonHasTheWholeTreeWithUniqueGuidsAndTheSets() throws Exception {
        Path project = cli.newProject(temp.resolve("project"));

        Result result = cli.run("codebook", "--project", project.toString(), "--format", "json", "--lang", "en");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(1, result.lines().size(), "one line of JSON");
        JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals("project", json.get("project").getAsString());
        assertEquals("en", json.get("language").getAsString());
        JsonArray codes = json.getAsJsonArray("codes");
        assertEquals(9, codes.size());
        assertEquals(GROUPS_EN, strings(codes, "label"));
        assertEquals(GROUPS_SV, strings(codes, "labelSv"));

        List<JsonObject> all = new ArrayList<>();
        flatten(codes, all);
        long codable = all.stream().filter(c -> c.get("codable").getAsBoolean()).count();
        assertTrue(codable >= 45, "codable codes: " + codable);
        Set<String> guids = new HashSet<>();
        for (JsonObject code : all) {
            assertTrue(guids.add(code.get("guid").getAsString()), "duplicate guid " + code.get("guid"));
            for (String key : List.of("label", "labelSv", "labelEn", "color", "codable", "definition",
                    "definitionSv", "definitionEn", "source", "children")) {
                assertTrue(code.has(key), key + " missing in " + code.get("guid"));
            }
            assertEquals(code.get("labelEn"), code.get("label"));
            assertEquals(code.get("definitionEn"), code.get("definition"));
        }
        assertFalse(codes.get(0).getAsJsonObject().get("codable").getAsBoolean(), "groups are not codable");

        JsonArray sets = json.getAsJsonArray("sets");
        assertFalse(sets.isEmpty());
        for (JsonElement set : sets) {
            JsonArray members = set.getAsJsonObject().getAsJsonArray("members");
            assertFalse(members.isEmpty());
            members.forEach(m -> assertTrue(guids.contains(m.getAsString()), "set member " + m + " is a code"));
        }
    }

    @Test
    void aFolderWithoutAProjectIsRefusedAndNothingIsCreated() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path missing = temp.resolve("missing");

        Result inEmpty = cli.run("codebook", "--project", empty.toString());
        Result inMissing = cli.run("codebook", "--project", missing.toString(), "--format", "json");

        assertEquals(1, inEmpty.exitCode(), inEmpty.toString());
        assertEquals("", inEmpty.out());
        assertTrue(inEmpty.err().startsWith("./tillit codebook: There is no Tillit project in "), inEmpty.err());
        assertEquals(1, inEmpty.err().lines().count(), "one line, no stack trace: " + inEmpty.err());
        try (Stream<Path> entries = Files.list(empty)) {
            assertEquals(0, entries.count(), "nothing created in the empty folder");
        }
        assertEquals(1, inMissing.exitCode(), inMissing.toString());
        assertFalse(Files.exists(missing), "no folder created");
    }

    @Test
    void aProjectOpenElsewhereIsRefusedWithOneLine() throws Exception {
        Path project = cli.newProject(temp.resolve("project"));
        try (ProjectStore open = cli.projectStoreFactory().open(project)) {
            Result result = cli.run("codebook", "--project", project.toString());

            assertEquals(1, result.exitCode(), result.toString());
            assertEquals("", result.out());
            assertEquals(List.of("./tillit codebook: The project in " + project
                    + " is already open in another Tillit window or program. Close it there first."),
                    result.err().lines().toList());
        }
    }

    @Test
    void aBadLanguageIsAUsageError() throws Exception {
        Path project = cli.newProject(temp.resolve("project"));

        Result result = cli.run("codebook", "--project", project.toString(), "--lang", "de");

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains("option --lang must be one of sv, en (not 'de')"), result.err());
    }

    private static List<String> topLevelLabels(Result result) {
        List<String> labels = new ArrayList<>();
        for (String line : result.lines()) {
            if (line.isEmpty()) {
                break; // the code sets follow
            }
            if (!line.startsWith(" ")) {
                assertTrue(line.matches(".+ \\[group\\]  #[0-9A-Fa-f]{6}"), "top-level group line: " + line);
                labels.add(line.substring(0, line.indexOf(" [group]")));
            }
        }
        return labels;
    }

    private static List<String> strings(JsonArray objects, String key) {
        List<String> values = new ArrayList<>();
        objects.forEach(o -> values.add(o.getAsJsonObject().get(key).getAsString()));
        return values;
    }

    private static void flatten(JsonArray codes, List<JsonObject> into) {
        for (JsonElement element : codes) {
            JsonObject code = element.getAsJsonObject();
            into.add(code);
            flatten(code.getAsJsonArray("children"), into);
        }
    }
}
