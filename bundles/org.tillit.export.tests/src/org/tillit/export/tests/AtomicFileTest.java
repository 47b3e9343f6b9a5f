package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.AtomicFile;
import org.tillit.export.ExportException;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void aFailureHalfwayLeavesThePreviousFileAsItWasAndNoPartOfTheNewOne() throws Exception {
        Path report = temp.resolve("rapport.docx");
        Files.writeString(report, "förra versionen", StandardCharsets.UTF_8);
        ExportException failed = assertThrows(ExportException.class, () -> AtomicFile.write(report, out -> {
            out.write("halva".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disken är full");
        }));
        assertTrue(failed.getMessage().contains("rapport.docx") && failed.getMessage().contains("disken är full"),
                failed.getMessage());
        assertEquals("förra versionen", Files.readString(report, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aWrittenFileReplacesThePreviousOne() throws Exception {
        Path report = temp.resolve("rapport.md");
        Files.writeString(report, "gammal", StandardCharsets.UTF_8);
        AtomicFile.write(report, out -> out.write("ny".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ny", Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void aWrittenFileHasThePermissionsAnyNewFileOfTheUserHas() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(temp.resolve("vanlig.txt"));
        Path exported = temp.resolve("export.csv");
        AtomicFile.write(exported, out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported),
                "not only the owner's, as a temporary file's would be");
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsNamed() {
        Path nowhere = temp.resolve("finns-inte").resolve("rapport.csv");
        ExportException missing = assertThrows(ExportException.class, () -> AtomicFile.write(nowhere, out -> { }));
        assertTrue(missing.getMessage().contains(nowhere.toString()), missing.getMessage());
        assertThrows(ExportException.class, () -> AtomicFile.write(temp, out -> { }));
    }
}
