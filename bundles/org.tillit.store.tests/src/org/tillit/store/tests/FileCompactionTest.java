package org.tillit.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tillit.store.h2.FileCompaction;

/** When a project's file is mostly dead space (after big changes), closing compacts it. */
class FileCompactionTest {

    @Test
    void onlyALargeFileThatIsMostlyDeadSpaceIsCompacted() {
        long mb = 1024L * 1024;
        assertTrue(FileCompaction.worthIt(2_800 * mb, 1));
        assertFalse(FileCompaction.worthIt(2_800 * mb, 80), "mostly live data");
        assertFalse(FileCompaction.worthIt(20 * mb, 5), "small files close quickly as they are");
    }
}
