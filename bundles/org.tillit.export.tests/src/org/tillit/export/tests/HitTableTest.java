package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.CsvExport;
import org.tillit.export.ResultTables;
import org.tillit.query.Hit;

/** Text search hits export as a table: a row per hit with its document, cases, line, speaker, text and context. */
class HitTableTest {

    @TempDir
    Path temp;

    @Test
    void everyHitIsARowWithItsLineSpeakerAndContext() throws Exception {
        List<Hit> hits = List.of(
                new Hit("g1", "chef-a.txt", List.of("Chef A"), 10, 14, 2, "IP", "stöd", "Vi fick stöd av en processledare.", 3),
                new Hit("g2", "medarbetare-c.txt", List.of("C", "Grupp 2"), 40, 45, 7, null, "Stöd,", null, 0));
        Path file = temp.resolve("träffar.csv");
        CsvExport.write(ResultTables.hits(hits), file, CsvExport.Dialect.STANDARD);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("Document", "Case", "Line", "Speaker", "Hit", "Context"), parser.getHeaderNames());
            assertEquals(List.of("chef-a.txt", "Chef A", "2", "IP", "stöd", "Vi fick stöd av en processledare."),
                    rows.get(0).toList());
            assertEquals(List.of("medarbetare-c.txt", "C, Grupp 2", "7", "", "Stöd,", ""), rows.get(1).toList());
        }
    }
}
