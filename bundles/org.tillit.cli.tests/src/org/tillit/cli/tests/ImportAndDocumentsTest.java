package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.testing.TestDocuments;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code import} and {@code documents} on real files in a real project. */
class ImportAndDocumentsTest extends CliTestCase {

    @Test
    void aGoodAndAnEmptyFileGiveExitTwoAndASummaryThatNamesTheReason() throws Exception {
        Path good = TestDocuments.docx(temp.resolve("intervju-1.docx"), TestDocuments.INTERVIEW);
        Path empty = TestDocuments.empty(temp.resolve("tom.txt"));
        Path project = temp.resolve("new-project");

        Result result = cli.run("import", "--project", project.toString(), good.toString(), empty.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(List.of("imported  " + good, "failed    " + empty + ": the file is empty"),
                result.lines().subList(0, 2));
        assertEquals(3, result.lines().size(), result.out());
        JsonObject summary = JsonParser.parseString(result.lastLine()).getAsJsonObject();
        assertEquals(1, summary.get("imported").getAsInt());
        assertEquals(0, summary.get("skipped").getAsInt());
        assertEquals(1, summary.get("failed").getAsInt());
        JsonArray files = summary.getAsJsonArray("files");
        assertEquals(2, files.size());
        JsonObject first = files.get(0).getAsJsonObject();
        assertEquals(good.toString(), first.get("file").getAsString());
        assertEquals("imported", first.get("status").getAsString());
        assertTrue(first.get("reason").isJsonNull());
        JsonObject second = files.get(1).getAsJsonObject();
        assertEquals("failed", second.get("status").getAsString());
        assertEquals("the file is empty", second.get("reason").getAsString());
        assertTrue(result.err().contains("created a new project in " + project), result.err());
        assertTrue(Files.isDirectory(project.resolve("originals")));
    }

    @Test
    void theSameFileAgainIsSkippedAndExitsZero() throws Exception {
        Path file = TestDocuments.docx(temp.resolve("intervju.docx"), TestDocuments.INTERVIEW);
        Path project = temp.resolve("project");
        assertEquals(0, cli.run("import", "--project", project.toString(), file.toString()).exitCode());

        Result again = cli.run("import", "--project", project.toString(), file.toString());

        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("skipped   " + file + ": already in the project as 'intervju.docx'", again.lines().get(0));
        JsonObject summary = JsonParser.parseString(again.lastLine()).getAsJsonObject();
        assertEquals(0, summary.get("imported").getAsInt());
        assertEquals(1, summary.get("skipped").getAsInt());
        assertEquals("skipped", summary.getAsJsonArray("files").get(0).getAsJsonObject().get("status").getAsString());
        assertEquals("", again.err(), "an existing project is not announced as new");
    }

    @Test
    void foldersAreImportedRecursivelyWithoutHiddenFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("intervjuer/chefer"));
        TestDocuments.docx(folder.resolve("chef-1.docx"), TestDocuments.INTERVIEW);
        TestDocuments.odt(temp.resolve("intervjuer/medarbetare-1.odt"), TestDocuments.INTERVIEW.subList(0, 2));
        TestDocuments.html(temp.resolve("intervjuer/.utkast.html"), TestDocuments.INTERVIEW);
        Path hiddenFolder = Files.createDirectories(temp.resolve("intervjuer/.git"));
        Files.writeString(hiddenFolder.resolve("config"), "not an interview");
        Path project = temp.resolve("project");

        Result result = cli.run("import", "--project", project.toString(), temp.resolve("intervjuer").toString());

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("imported  " + temp.resolve("intervjuer/chefer/chef-1.docx"),
                "imported  " + temp.resolve("intervjuer/medarbetare-1.odt")), result.lines().subList(0, 2));
        assertEquals(3, result.lines().size(), result.out());
    }

    @Test
    void aMissingPathFailsByNameWhileTheOthersLand() throws Exception {
        Path good = TestDocuments.text(temp.resolve("anteckningar.txt"), TestDocuments.INTERVIEW,
                StandardCharsets.UTF_8, false);
        Path missing = temp.resolve("finns-inte.docx");

        Result result = cli.run("import", "--project", temp.resolve("project").toString(), missing.toString(),
                good.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(List.of("failed    " + missing + ": no such file or folder", "imported  " + good),
                result.lines().subList(0, 2));
    }

    @Test
    void nothingToImportCreatesNoProject() {
        Path project = temp.resolve("project");

        Result result = cli.run("import", "--project", project.toString(), temp.resolve("nothing.docx").toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertFalse(Files.exists(project));
    }

    @Test
    void aFolderThatIsNeitherEmptyNorAProjectIsRefused() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("papers"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Path file = TestDocuments.docx(temp.resolve("intervju.docx"), TestDocuments.INTERVIEW);

        Result result = cli.run("import", "--project", folder.toString(), file.toString());

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().contains("is not a Tillit project"), result.err());
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("notes.txt")), entries.toList(), "the folder is left as it was");
        }
    }

    @Test
    void documentsListsWhatWasImportedAsJsonAndAsColumns() throws Exception {
        Path docx = TestDocuments.docx(temp.resolve("chef-1.docx"), TestDocuments.INTERVIEW);
        Path pdf = TestDocuments.pdf(temp.resolve("medarbetare-längre-namn.pdf"),
                TestDocuments.INTERVIEW.subList(0, 2));
        Path project = temp.resolve("project");
        assertEquals(0, cli.run("import", "--project", project.toString(), docx.toString(), pdf.toString()).exitCode());

        Result json = cli.run("documents", "--project", project.toString(), "--format", "json");
        Result text = cli.run("documents", "--project", project.toString());

        assertEquals(0, json.exitCode(), json.toString());
        JsonArray documents = JsonParser.parseString(json.out()).getAsJsonArray();
        assertEquals(2, documents.size());
        JsonObject first = documents.get(0).getAsJsonObject();
        assertEquals("chef-1.docx", first.get("name").getAsString());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                first.get("format").getAsString());
        String interview = String.join("\n", TestDocuments.INTERVIEW);
        int characters = interview.codePointCount(0, interview.length());
        assertTrue(Math.abs(first.get("characters").getAsInt() - characters) <= 8,
                "about the interview's length in code points: " + first);
        OffsetDateTime imported = OffsetDateTime.parse(first.get("imported").getAsString());
        assertTrue(imported.isAfter(OffsetDateTime.now().minusMinutes(10)), "ISO-8601, just now: " + imported);
        assertEquals(36, first.get("guid").getAsString().length());
        assertEquals(4, first.get("lines").getAsInt(), "one line per paragraph of the interview");
        assertEquals("[\"I\",\"IP\"]", first.get("speakers").toString());
        assertEquals("[\"chef-1\"]", first.get("cases").toString(), "each document is its own case");
        assertEquals("medarbetare-längre-namn.pdf", documents.get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("application/pdf", documents.get(1).getAsJsonObject().get("format").getAsString());
        assertEquals("Word (docx)", first.get("formatLabel").getAsString(), "the media type's name beside it");

        assertEquals(0, text.exitCode(), text.toString());
        List<String> lines = text.lines();
        assertEquals(3, lines.size(), text.out());
        assertTrue(lines.get(0).matches("NAME +FORMAT +CHARACTERS +LINES +SPEAKERS +CASE +IMPORTED"), lines.get(0));
        int formatColumn = lines.get(0).indexOf("FORMAT");
        int linesColumn = lines.get(0).indexOf("LINES");
        int speakersColumn = lines.get(0).indexOf("SPEAKERS");
        int importedColumn = lines.get(0).indexOf("IMPORTED");
        for (String line : lines.subList(1, 3)) {
            assertTrue(line.substring(formatColumn).startsWith("Word (docx)") || line.substring(formatColumn)
                    .startsWith("PDF "), "aligned, the format by its name: " + line);
            assertTrue(Character.isDigit(line.charAt(importedColumn)), "aligned: " + line);
            assertTrue(Character.isDigit(line.charAt(linesColumn - 3)), "characters right-aligned: " + line);
            assertTrue(Character.isDigit(line.charAt(speakersColumn - 3)), "lines right-aligned: " + line);
        }
        assertTrue(lines.get(1).substring(speakersColumn).startsWith("I, IP "), lines.get(1));
    }

    @Test
    void documentsOfAnEmptyProjectIsAnEmptyArray() throws Exception {
        Path project = cli.newProject(temp.resolve("project"));

        Result json = cli.run("documents", "--project", project.toString(), "--format=json");

        assertEquals(0, json.exitCode(), json.toString());
        assertEquals("[]", json.out().strip());
    }
}
