package org.tillit.commands.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh project with one interview for each test, closed after it. */
abstract class ProjectTestCase {

    @TempDir
    Path temp;

    ProjectFixture p;

    @BeforeEach
    void openProject() throws Exception {
        p = new ProjectFixture(temp);
    }

    @AfterEach
    void closeProject() throws Exception {
        p.close();
    }
}
