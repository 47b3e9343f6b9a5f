package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.tillit.cli.Cli;
import org.tillit.cli.Command;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStoreException;
import org.tillit.testing.LogEntries;
import org.tillit.testing.TestDocuments;

/** A failure the command line reports in one line on stderr is in the log file with its stack trace. */
class FailureLogTest extends CliTestCase {

    @Test
    void aProjectThatCannotBeOpenedIsOneLineOnStderrAndATraceInTheLog() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("papers"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Path file = TestDocuments.docx(temp.resolve("intervju.docx"), TestDocuments.INTERVIEW);

        try (LogEntries log = new LogEntries()) {
            Result result = cli.run("import", "--project", folder.toString(), file.toString());

            assertEquals(1, result.exitCode(), result.toString());
            assertEquals(1, result.err().lines().count(), result.err());
            List<IStatus> entries = log.withException(ProjectStoreException.class);
            assertEquals(1, entries.size(), entries.toString());
            assertTrue(entries.get(0).getMessage().startsWith("./tillit import: "), entries.get(0).getMessage());
            assertEquals(IStatus.WARNING, entries.get(0).getSeverity());
        }
        String logged = Files.readString(FailureLog.file().orElseThrow());
        assertTrue(logged.contains(ProjectStoreException.class.getName()), "the exception in the log file");
        assertTrue(logged.contains("\tat org.tillit.store."), "its stack trace in the log file");
    }

    @Test
    void anInternalErrorIsOneLineThatNamesTheLogAndItsTraceGoesThere() {
        Command broken = new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String summary() {
                return "fails with a bug";
            }

            @Override
            public String usage() {
                return "";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                throw new IllegalStateException("a bug for the test");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (LogEntries log = new LogEntries()) {
            int code = new Cli(List.of(broken)).run(List.of("broken"), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            String printed = err.toString(StandardCharsets.UTF_8);
            assertEquals(Command.ERROR, code);
            assertEquals(List.of("./tillit broken: internal error: java.lang.IllegalStateException: a bug for the test"
                    + " (details in " + FailureLog.file().orElseThrow() + ")"), printed.lines().toList());
            List<IStatus> entries = log.withException(IllegalStateException.class);
            assertEquals(1, entries.size(), entries.toString());
            assertEquals(IStatus.ERROR, entries.get(0).getSeverity());
            assertEquals("org.tillit.cli", entries.get(0).getPlugin());
        }
    }
}
