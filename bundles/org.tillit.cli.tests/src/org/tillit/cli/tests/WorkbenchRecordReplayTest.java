package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.export.ExportArguments;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.ProvenanceRecord;
import org.tillit.query.ContextSpec;
import org.tillit.store.CoderIdentity;

/**
 * The records the workbench's exports leave (the views' questions as {@link ExportArguments}) are
 * made again by {@code export --replay}: every kind a view exports, with the options only the views
 * had before (groups by code sets or documents, a code with its sub-codes, only coded codes, search).
 */
class WorkbenchRecordReplayTest extends CodedProjectTestCase {

    @Test
    void aComparisonByDocumentsOfACodeWithItsSubcodesOnlyCodedIsMadeAgain() throws Exception {
        Path csv = replayed("jamforelse.csv", ExportArguments.of(ExportArguments.COMPARE)
                .flag(ExportArguments.BY_DOCUMENTS, true).option(ExportArguments.CODE, "Analys")
                .flag(ExportArguments.ONLY_CODED, true).option(ExportArguments.MAX_CASE_SHARE, "40.0")
                .option(ExportArguments.MIN_CASES, "3").option(ExportArguments.CHART_UNIT, "segments"));
        List<CSVRecord> rows = csv(csv, ',');
        assertEquals(Set.of("Analys/Svar", "Analys/Tillit"), column(rows, 0), "Analys itself codes nothing: left out");
        assertEquals(Set.of("chef1.txt", "chef2.txt", "med1.txt"), column(rows, 1), "a column per document");
        assertEquals(6, rows.size() - 1);
    }

    @Test
    void segmentsWithContextCitationAndSwedishExcelAreMadeAgain() throws Exception {
        Path csv = replayed("tillit.csv", ExportArguments.of(ExportArguments.SEGMENTS)
                .option(ExportArguments.CODE, "Analys/Tillit").context(ContextSpec.TURN)
                .option(ExportArguments.CITATION, "({dokument}, rad {rader})").flag(ExportArguments.EXCEL, true));
        List<CSVRecord> rows = csv(csv, ';');
        assertEquals(4, rows.size(), "a header and the three segments");
        assertEquals("(chef1.txt, rad 2)", rows.get(1).get(4));
    }

    @Test
    void aCodersSegmentsAndComparisonAreMadeAgainWithOnlyTheirCodings() throws Exception {
        String me = CoderIdentity.ofSystemUser().name();
        List<CSVRecord> mine = csv(replayed("mina.csv", ExportArguments.of(ExportArguments.SEGMENTS)
                .option(ExportArguments.CODE, "Analys/Tillit").option(ExportArguments.CODER, me)), ',');
        assertEquals(4, mine.size(), "a header and the three segments the autocoding made as " + me);
        List<CSVRecord> bos = csv(replayed("bos.csv", ExportArguments.of(ExportArguments.SEGMENTS)
                .option(ExportArguments.CODE, "Analys/Tillit").option(ExportArguments.CODER, "Bo")), ',');
        assertEquals(1, bos.size(), "Bo coded nothing: only the header");
        List<CSVRecord> compared = csv(replayed("bo-jamforelse.csv", ExportArguments.of(ExportArguments.COMPARE)
                .option(ExportArguments.BY, "Roll").option(ExportArguments.CODER, "Bo")), ',');
        assertTrue(compared.size() > 1 && compared.stream().skip(1).allMatch(row -> row.get(2).equals("0")),
                "every code and group, and no segment of Bo's anywhere: " + compared);
        List<CSVRecord> mineCompared = csv(replayed("min-jamforelse.csv", ExportArguments.of(ExportArguments.COMPARE)
                .option(ExportArguments.BY, "Roll").option(ExportArguments.CODER, me)), ',');
        assertEquals(7, mineCompared.stream().skip(1).mapToInt(row -> Integer.parseInt(row.get(2))).sum(),
                "the three Tillit and four Svar segments: " + mineCompared);
    }

    @Test
    void aTextSearchIsMadeAgainWithTheHitsTheSearchCommandFinds() throws Exception {
        Path csv = replayed("stodet.csv", ExportArguments.of(ExportArguments.SEARCH).option(ExportArguments.TEXT, "stödet")
                .flag(ExportArguments.WHOLE_WORD, true).context(ContextSpec.characters(200)));
        Result searched = cli.run("search", "--project", project, "stödet", "--whole-word", "--format", "csv");
        assertEquals(0, searched.exitCode(), searched.toString());
        int found = csv(Files.writeString(temp.resolve("search.csv"), searched.out()), ',').size() - 1;
        assertTrue(found > 0);
        List<CSVRecord> rows = csv(csv, ',');
        assertEquals(List.of("Document", "Case", "Line", "Speaker", "Hit", "Context"), rows.get(0).toList());
        assertEquals(found, rows.size() - 1);
    }

    @Test
    void coOccurrenceOfACodeWithItsSubcodesInTheSameTurnIsMadeAgain() throws Exception {
        Path csv = replayed("samforekomst.csv", ExportArguments.of(ExportArguments.COOCCURRENCE)
                .option(ExportArguments.CODE, "Analys").option(ExportArguments.PROXIMITY, "turn"));
        List<CSVRecord> rows = csv(csv, ',');
        assertEquals(2, rows.size(), "one pair of codes: " + rows);
        assertEquals(Set.of("Analys/Svar", "Analys/Tillit"), Set.copyOf(rows.get(1).toList().subList(0, 2)));
        assertEquals("3", rows.get(1).get(2), "each of the three Tillit segments lies in an answer");
    }

    @Test
    void aQuoteReportByRoleWithTheDialogsOptionsIsMadeAgain() throws Exception {
        Path md = replayed("citat.md", ExportArguments.of(ExportArguments.QUOTES).option(ExportArguments.BY, "Roll")
                .option(ExportArguments.CODE, "Analys/Tillit").flag(ExportArguments.ONLY_CODED, true)
                .flag(ExportArguments.NO_COUNTS, true));
        String report = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(report.contains("Vi har tillit."), report);
        assertTrue(report.contains("tillit råder"), report);
        assertFalse(report.contains("Stödet är bra."), "only the code asked for: " + report);
    }

    @Test
    void rowsPickedByHandSayTheyCannotBeMadeAgain() throws Exception {
        Path file = temp.resolve("utvalda.csv");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("format", "csv");
        query.put("out", file.getFileName().toString());
        query.put("from", "workbench");
        query.put("export", "segments");
        query.put("rows", "selected");
        ProvenanceRecord.write(provenance(query), file);
        Result replay = cli.run("export", "--replay", ProvenanceRecord.beside(file).toString(), "--project", project);
        assertEquals(1, replay.exitCode(), replay.toString());
        assertTrue(replay.err().contains("picked by hand"), replay.toString());
        assertFalse(Files.exists(file));
    }

    /** Writes the record the workbench leaves beside a CSV or Markdown export, replays it, and returns the file made. */
    private Path replayed(String name, ExportArguments asked) throws Exception {
        Path file = temp.resolve(name);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("format", name.substring(name.lastIndexOf('.') + 1));
        query.put("out", name);
        query.put("from", "workbench");
        asked.recordIn(query);
        ProvenanceRecord.write(provenance(query), file);
        Result replay = cli.run("export", "--replay", ProvenanceRecord.beside(file).toString(), "--project", project);
        assertEquals(0, replay.exitCode(), replay.toString());
        assertTrue(replay.lines().get(1).startsWith("the project has changed since"), replay.toString());
        assertTrue(Files.exists(file), replay.toString());
        return file;
    }

    private static Provenance provenance(Map<String, String> query) {
        return new Provenance(query, Instant.parse("2026-11-30T09:00:00Z"), new ProjectState("studie", 3, 2, 7, "ab".repeat(32)),
                "0.1.0");
    }

    private static Set<String> column(List<CSVRecord> rows, int column) {
        return rows.stream().skip(1).map(r -> r.get(column)).collect(Collectors.toSet());
    }

    private static List<CSVRecord> csv(Path file, char delimiter) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
