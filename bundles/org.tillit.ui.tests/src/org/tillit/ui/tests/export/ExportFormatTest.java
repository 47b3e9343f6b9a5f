package org.tillit.ui.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tillit.ui.export.ExportFormat;

/** The file name follows the format chosen: its extension replaced when it is one of ours, added when not. */
class ExportFormatTest {

    @Test
    void anExtensionOfOursIsReplaced() {
        assertEquals(Path.of("/data/stöd.xlsx"), ExportFormat.XLSX.fileFor(Path.of("/data/stöd.csv")));
        assertEquals(Path.of("/data/stöd.md"), ExportFormat.MARKDOWN.fileFor(Path.of("/data/stöd.DOCX")));
        assertEquals(Path.of("/data/stöd.csv"), ExportFormat.CSV_SWEDISH_EXCEL.fileFor(Path.of("/data/stöd.csv")));
    }

    @Test
    void anyOtherNameKeepsItsDotsAndGetsTheExtension() {
        assertEquals(Path.of("/data/intervjuer 2026.v2.docx"), ExportFormat.DOCX.fileFor(Path.of("/data/intervjuer 2026.v2")));
        assertEquals(Path.of("/data/citat.docx"), ExportFormat.DOCX.fileFor(Path.of("/data/citat")));
    }
}
