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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
}
