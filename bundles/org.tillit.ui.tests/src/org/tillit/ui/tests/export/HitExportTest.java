package org.tillit.ui.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.CitationTemplate;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.Pseudonyms;
import org.tillit.model.codebook.Language;
import org.tillit.query.Hit;
import org.tillit.ui.export.ExportFormat;
import org.tillit.ui.export.ExportOutcome;
import org.tillit.ui.export.ExportRequest;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;

/** Text search hits export as a table: a row per hit with its document, cases, line, text and context. */
class HitExportTest {

    @TempDir
    Path temp;

    @Test
    void everyHitIsARowWithItsLineAndContext() throws Exception {
        List<Hit> hits = List.of(
                new Hit("g1", "chef-a.txt", List.of("Chef A"), 10, 14, 2, "IP", "stöd", "Vi fick stöd av en processledare.", 3),
                new Hit("g2", "medarbetare-c.txt", List.of("C", "Grupp 2"), 40, 45, 7, null, "Stöd,", null, 0));
        ExportSource source = ExportSources.hits("stöd", hits, Map.of("export", "search"));
        assertEquals(ExportSource.Kind.TABLES, source.kind());
        Path file = temp.resolve("träffar.csv");
        ExportRequest request = new ExportRequest(file, ExportFormat.CSV, CitationTemplate.ENGLISH,
                CitationTemplate.parse(CitationTemplate.ENGLISH, List.of()), Pseudonyms.NONE, false,
                new ExportRequest.ReportOptions(false, false, true, false), Language.EN);
        Provenance provenance = new Provenance(Map.of("export", "search"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 2, 0, 0, "ab".repeat(32)), "0.1.0");
        ExportOutcome outcome = source.writer().write(request, provenance);
        assertEquals(2, outcome.items());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("Document", "Case", "Line", "Hit", "Context"), parser.getHeaderNames());
            assertEquals(List.of("chef-a.txt", "Chef A", "2", "stöd", "Vi fick stöd av en processledare."), rows.get(0).toList());
            assertEquals(List.of("medarbetare-c.txt", "C, Grupp 2", "7", "Stöd,", ""), rows.get(1).toList());
        }
    }
}
