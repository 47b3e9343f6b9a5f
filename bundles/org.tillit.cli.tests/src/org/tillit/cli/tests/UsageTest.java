package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;

/** Help on stdout with exit 0; every usage mistake is one line plus a hint on stderr, exit 1. */
class UsageTest extends CliTestCase {

    @Test
    void helpListsTheCommands() {
        for (String[] args : List.of(new String[] { "--help" }, new String[] { "help" }, new String[] { "help-cli" })) {
            Result result = cli.run(args);
            assertEquals(0, result.exitCode(), result.toString());
            assertEquals("", result.err());
            assertTrue(result.out().startsWith("Usage: ./tillit <command> [options]"), result.out());
            for (String command : List.of("codebook", "import", "documents", "help")) {
                assertTrue(result.out().contains("\n  " + command + " "), command + " listed: " + result.out());
            }
        }
    }

    @Test
    void helpForACommandPrintsItsUsage() {
        Result viaHelp = cli.run("help", "import");
        Result viaOption = cli.run("import", "--help");

        assertEquals(0, viaHelp.exitCode());
        assertTrue(viaHelp.out().startsWith("Usage: ./tillit import --project DIR PATH..."), viaHelp.out());
        assertEquals(viaHelp, viaOption);
        assertTrue(cli.run("codebook", "-h").out().contains("--lang sv|en"));
        assertTrue(cli.run("help", "documents").out().contains("--format json"));
    }

    @Test
    void noArgumentsPrintsTheUsageOnStderr() {
        Result result = cli.run();

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: "), result.err());
    }

    @Test
    void anUnknownCommandIsOneLineAndAHint() {
        Result result = cli.run("publish", "--project", "x");

        assertUsageError(result, "./tillit: unknown command 'publish'");
        assertEquals("Run './tillit help' for the list of commands.", result.err().lines().toList().get(1));
        assertUsageError(cli.run("help", "publish"), "./tillit help: unknown command 'publish'");
        assertUsageError(cli.run("--verbose"), "./tillit: unknown option '--verbose'");
    }

    @Test
    void aMissingProjectOptionIsAUsageError() {
        assertUsageError(cli.run("codebook"), "./tillit codebook: option --project is required");
        assertUsageError(cli.run("documents", "--format", "json"), "./tillit documents: option --project is required");
        assertUsageError(cli.run("import", temp.resolve("a.docx").toString()),
                "./tillit import: option --project is required");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String project = temp.resolve("p").toString();
        assertUsageError(cli.run("codebook", "--project", project, "--colour"),
                "./tillit codebook: unknown option --colour");
        assertUsageError(cli.run("codebook", "--project"), "./tillit codebook: option --project needs a value");
        assertUsageError(cli.run("codebook", "--project", project, "--format", "xml"),
                "./tillit codebook: option --format must be one of text, json (not 'xml')");
        assertUsageError(cli.run("documents", "--project", project, "--project", project),
                "./tillit documents: option --project is given twice");
        assertUsageError(cli.run("documents", "--project", project, "extra"),
                "./tillit documents: unexpected argument 'extra'");
        assertUsageError(cli.run("documents", "-p", project),
                "./tillit documents: unknown option -p (options start with --)");
        assertUsageError(cli.run("import", "--project", project),
                "./tillit import: name at least one file or folder to import");
        Result hint = cli.run("codebook", "--nope");
        assertEquals("Run './tillit help codebook' for its usage.", hint.err().lines().toList().get(1));
    }

    private static void assertUsageError(Result result, String firstLine) {
        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("", result.out(), "nothing on stdout");
        List<String> lines = result.err().lines().toList();
        assertEquals(firstLine, lines.get(0), result.err());
        assertEquals(2, lines.size(), "one line and the hint, no stack trace: " + result.err());
    }
}
