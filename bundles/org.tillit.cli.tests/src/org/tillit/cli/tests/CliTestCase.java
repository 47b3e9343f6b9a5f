package org.tillit.cli.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the command line: a temp folder for projects and files, and the runner. */
abstract class CliTestCase {

    @TempDir
    Path temp;

    final CliRunner cli = new CliRunner();

    @AfterEach
    void closeRunner() {
        cli.close();
    }
}
