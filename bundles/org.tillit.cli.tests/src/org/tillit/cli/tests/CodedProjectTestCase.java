package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.testing.TestSpreadsheets;

/**
 * A project built through the command line itself, fresh for each test: three interviews, their
 * roles from a sheet, codings made by autocoding (Analys/Tillit by a word, Analys/Svar every answer).
 */
abstract class CodedProjectTestCase extends CliTestCase {

    static final String CHEF1 = "I: Hur är stödet?\nIP: Stödet är bra. Vi har tillit.\n\nI: Och kontrollen?\nIP: Kontrollen är låg.\n";
    static final String CHEF2 = "I: Hur är stödet?\nIP: Stödet saknas. Tillit finns inte.\n";
    static final String MED1 = "I: Hur är stödet?\nIP: Stödet är gott, tillit råder.\n";

    String project;

    @BeforeEach
    void codedProject() throws Exception {
        Path folder = temp.resolve("project");
        project = folder.toString();
        List<String> files = List.of(write("chef1.txt", CHEF1), write("chef2.txt", CHEF2), write("med1.txt", MED1));
        assertEquals(0, cli.run("import", "--project", project, files.get(0), files.get(1), files.get(2)).exitCode());
        Path roles = TestSpreadsheets.csv(temp.resolve("roller.csv"), List.of(List.of("Dokument", "Roll"),
                List.of("chef1", "Chef"), List.of("chef2", "Chef"), List.of("med1", "Medarbetare")), ',',
                StandardCharsets.UTF_8, false);
        assertEquals(0, cli.run("attributes", "--project", project, "--apply", roles.toString()).exitCode());
        Result tillit = cli.run("autocode", "--project", project, "--code", "Analys/Tillit", "--search", "tillit",
                "--extend", "sentence");
        assertEquals("coded 3 segments with 'Analys/Tillit' (a new code)", tillit.out().strip(), tillit.toString());
        Result answers = cli.run("autocode", "--project", project, "--code", "Analys/Svar", "--speaker", "IP");
        assertEquals("coded 4 segments with 'Analys/Svar' (a new code)", answers.out().strip(), answers.toString());
    }

    String write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8).toString();
    }
}
