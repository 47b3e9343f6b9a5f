package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.exchange.RefiXml;

/** {@code refi export}: the coded project as a valid .qdpx with its sources, its codebook as a valid .qdc. */
class RefiCommandTest extends CodedProjectTestCase {

    @Test
    void theProjectIsAValidQdpxWithEveryDocumentsTextAndCodings() throws Exception {
        Path qdpx = temp.resolve("studie.qdpx");
        Result result = cli.run("refi", "export", "--project", project, "--out", qdpx.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("wrote " + qdpx + ": 3 documents, 7 codings"), result.out());
        List<String> entries = new ArrayList<>();
        byte[] projectXml = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals(RefiXml.PROJECT_ENTRY)) {
                    projectXml = zip.readAllBytes();
                }
            }
        }
        assertEquals(3, entries.stream().filter(e -> e.startsWith("sources/") && e.endsWith(".txt")).count(), entries.toString());
        RefiXml.projectSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(projectXml)));
        String xml = new String(projectXml, StandardCharsets.UTF_8);
        assertEquals(7, xml.split("<PlainTextSelection ", -1).length - 1, "every coding");
    }

    @Test
    void theCodebookAloneIsAValidQdcAndAnotherExtensionIsRefused() throws Exception {
        Path qdc = temp.resolve("kodbok.qdc");
        Result result = cli.run("refi", "export", "--project", project, "--out", qdc.toString());
        assertEquals(0, result.exitCode(), result.toString());
        RefiXml.codebookSchema().newValidator().validate(new StreamSource(qdc.toFile()));
        Result refused = cli.run("refi", "export", "--project", project, "--out", temp.resolve("studie.zip").toString());
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains(".qdpx"), refused.toString());
        assertFalse(Files.exists(temp.resolve("studie.zip")));
    }

    @Test
    void anExportImportsIntoANewProjectAndIntoTheSameProjectItMatchesEverything() throws Exception {
        Path qdpx = temp.resolve("studie.qdpx");
        assertEquals(0, cli.run("refi", "export", "--project", project, "--out", qdpx.toString()).exitCode());
        String copy = temp.resolve("kopia").toString();
        Result imported = cli.run("refi", "import", qdpx.toString(), "--project", copy);
        assertEquals(0, imported.exitCode(), "Tillit's own export into a new project: everything carried: " + imported);
        assertTrue(imported.out().contains("imported studie.qdpx"), imported.out());
        Result documents = cli.run("documents", "--project", copy, "--format", "json");
        assertEquals(3, documents.out().split("\"name\"", -1).length - 1, documents.out());
        Result codebook = cli.run("codebook", "--project", copy, "--format", "json");
        Result own = cli.run("codebook", "--project", project, "--format", "json");
        assertEquals(own.out(), codebook.out(), "the new project holds the file's codebook and no preloaded one");
        Result segments = cli.run("report", "segments", "--project", copy, "--code", "Analys/Svar", "--format", "csv");
        assertEquals(5, segments.lines().size(), "a header and the four answers: " + segments.out());

        Result plan = cli.run("refi", "import", qdpx.toString(), "--project", project, "--plan");
        assertEquals(0, plan.exitCode(), plan.toString());
        assertEquals("Documents: 0 added, 3 already in the project (codings added to them)", plan.lines().get(0), plan.out());
        Result again = cli.run("documents", "--project", project, "--format", "json");
        assertEquals(3, again.out().split("\"name\"", -1).length - 1, "the plan changed nothing");
    }

    @Test
    void aFileThatIsNoArchiveIsOneLineNamingIt() throws Exception {
        Path broken = Files.writeString(temp.resolve("trasig.qdpx"), "inte en zip");
        Result refused = cli.run("refi", "import", broken.toString(), "--project", temp.resolve("ny").toString());
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("trasig.qdpx"), refused.toString());
    }

    @Test
    void aHostileArchiveIsRefusedNamingTheFileAndTheOpenProjectIsUntouched() throws Exception {
        String documentsBefore = cli.run("documents", "--project", project, "--format", "json").out();
        String codebookBefore = cli.run("codebook", "--project", project, "--format", "json").out();
        Path escaping = zip("utbrytning.qdpx", Map.of(RefiXml.PROJECT_ENTRY, "<Project/>", "../../utanför.txt", "x"));
        Path entities = zip("entiteter.qdpx", Map.of(RefiXml.PROJECT_ENTRY, "<?xml version='1.0'?><!DOCTYPE p ["
                + "<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><Project name='&b;'/>"));
        for (Path hostile : List.of(escaping, entities)) {
            Result refused = cli.run("refi", "import", hostile.toString(), "--project", project);
            assertEquals(1, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains(hostile.getFileName().toString()), refused.toString());
            assertEquals(documentsBefore, cli.run("documents", "--project", project, "--format", "json").out());
            assertEquals(codebookBefore, cli.run("codebook", "--project", project, "--format", "json").out());
        }
        assertFalse(Files.exists(temp.getParent().resolve("utanför.txt")), "nothing written outside");
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        Path file = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theOneWordCommandsExportAndImportAndAskForIntoBeforeTouchingAProject() throws Exception {
        Path qdpx = temp.resolve("studie.qdpx");
        assertEquals(0, cli.run("export-qdpx", "--project", project, "--out", qdpx.toString()).exitCode());
        assertEquals(1, cli.run("export-qdpx", "--project", project, "--out", temp.resolve("fel.qdc").toString()).exitCode(),
                "export-qdpx writes a .qdpx only");
        Result refused = cli.run("import-qdpx", qdpx.toString(), "--project", project);
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--into"), refused.toString());
        Result into = cli.run("import-qdpx", qdpx.toString(), "--project", project, "--into");
        assertEquals(2, into.exitCode(), into.toString());
        assertTrue(into.out().contains("Not carried"), into.out());
        Path qdc = temp.resolve("kodbok.qdc");
        assertEquals(0, cli.run("export-qdc", "--project", project, "--out", qdc.toString()).exitCode());
        Result codebook = cli.run("import-qdc", qdc.toString(), "--project", project);
        assertTrue(codebook.exitCode() == 0 || codebook.exitCode() == 2, codebook.toString());
        assertTrue(codebook.out().contains("Codes: 0 added"), "its own codebook matches code by code: " + codebook.out());
        assertTrue(codebook.out().contains("imported kodbok.qdc"), codebook.out());
    }

    @Test
    void aBranchOfTheCodebookGoesToAQdcOfItsOwnAndIntoANewProjectAlone() throws Exception {
        Path branch = temp.resolve("analys.qdc");
        Result written = cli.run("export-qdc", "--project", project, "--out", branch.toString(), "--code", "Analys");
        assertEquals(0, written.exitCode(), written.toString());
        Result refused = cli.run("export-qdpx", "--project", project, "--out", temp.resolve("a.qdpx").toString(),
                "--code", "Analys");
        assertEquals(1, refused.exitCode(), "a branch goes with a codebook only: " + refused);
        assertEquals(1, cli.run("export-qdc", "--project", project, "--out", temp.resolve("b.qdc").toString(), "--code",
                "Finns/Inte").exitCode(), "a path that names no code");
        String fresh = temp.resolve("tema").toString();
        Result imported = cli.run("import-qdc", branch.toString(), "--project", fresh);
        assertEquals(0, imported.exitCode(), imported.toString());
        Result codes = cli.run("codebook", "--project", fresh);
        assertTrue(codes.out().contains("Svar"), codes.out());
        assertTrue(codes.lines().stream().noneMatch(line -> line.contains("Principer")),
                "the branch alone, not the preloaded codebook: " + codes.out());
    }
}
