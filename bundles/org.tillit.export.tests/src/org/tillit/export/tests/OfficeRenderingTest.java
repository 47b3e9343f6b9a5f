package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.CitationTemplate;
import org.tillit.export.ExportTable;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.QuoteReportDocx;
import org.tillit.export.QuoteReportOptions;
import org.tillit.export.QuoteReports;
import org.tillit.export.XlsxExport;
import org.tillit.model.codebook.Language;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;

/**
 * Where LibreOffice is installed (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui), the
 * exported DOCX and XLSX files are converted to PDF by it: a file a real office suite refuses would
 * pass POI's own reading. Skipped where there is no soffice.
 */
class OfficeRenderingTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path temp;

    @Test
    void libreOfficeConvertsTheQuoteReportAndAWorkbookToPdf() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Path report = temp.resolve("citat.docx");
        Path workbook = temp.resolve("tabell.xlsx");
        try (ExportStudy study = new ExportStudy(temp)) {
            var matrix = Comparison.compute(study.store, ComparisonSpec.of(Grouping.byAttribute(study.roll))
                    .codes(List.of(study.stod)));
            QuoteReportOptions options = QuoteReportOptions.standard(
                    CitationTemplate.parse(CitationTemplate.SWEDISH, List.of()), Language.SV).questions(true);
            QuoteReportDocx.write(QuoteReports.of(study.store, matrix, "Stöd", options), options, provenance(), report);
            ExportTable table = new ExportTable("Tal", List.of(ExportTable.text("Kod"), ExportTable.percent("Andel")));
            XlsxExport.write(List.of(table.add("Stöd", 40.0)), provenance(), workbook);
        }
        for (Path file : List.of(report, workbook)) {
            Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + temp.resolve("lo"),
                    "--headless", "--convert-to", "pdf", "--outdir", temp.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
            assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "soffice finished");
            assertEquals(0, soffice.exitValue(), Files.readString(temp.resolve("soffice.log")));
            String name = file.getFileName().toString();
            Path pdf = temp.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.size(pdf) > 1000, pdf + " was written");
        }
    }

    private static Provenance provenance() {
        return new Provenance(Map.of("export", "quotes"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 3, 1, 4, "ab".repeat(32)), "0.1.0");
    }
}
