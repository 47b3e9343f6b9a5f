package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.cli.tests.CliRunner.Result;
import org.tillit.testing.TestSpreadsheets;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code autocode}, {@code report segments|compare|cooccurrence} and {@code search} on a project
 * built through the command line itself: three interviews, their roles from a sheet, codings
 * made by autocoding.
 */
class QueryCommandsTest extends CodedProjectTestCase {

    @Test
    void autocodingTheSameAgainCodesNothing() {
        Result again = cli.run("autocode", "--project", project, "--code", "Analys/Tillit", "--search", "tillit",
                "--extend", "sentence");
        assertEquals("coded 0 segments with 'Analys/Tillit'", again.out().strip(), again.toString());
        Result one = cli.run("autocode", "--project", project, "--code", "Analys/Kontroll", "--search", "Kontrollen är låg",
                "--as", "Bo");
        assertEquals("coded 1 segment with 'Analys/Kontroll' (a new code)", one.out().strip(), one.toString());
        Result bos = cli.run("report", "segments", "--project", project, "--code", "Analys/Kontroll", "--coder", "Bo",
                "--format", "csv");
        assertEquals(0, bos.exitCode(), bos.toString());
        assertTrue(bos.out().contains("Kontrollen är låg"), "made as Bo: " + bos.out());
        assertEquals(1, cli.run("autocode", "--project", project, "--code", "Analys/Kontroll", "--search", "låg", "--as", " ")
                .exitCode(), "a blank coder's name");
        Result nobody = cli.run("autocode", "--project", project, "--code", "Analys/Svar", "--speaker", "Nobody");
        assertEquals(1, nobody.exitCode());
        assertEquals("./tillit autocode: no turns of the speaker 'Nobody'; the speakers are: I, IP", nobody.err().strip());
        assertEquals(1, cli.run("autocode", "--project", project, "--code", "X").exitCode(), "--search or --speaker");
    }

    @Test
    void compareInLongFormCsv() {
        Result result = cli.run("report", "compare", "--project", project, "--by", "roll", "--codes", "Analys/Tillit",
                "--format", "csv");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("code,group,segments,documents,cases,cases_percent,characters,segments_per_case,group_documents,"
                + "group_cases,flag",
                "Analys/Tillit,Chef/enhetschef,2,2,2,100.0,32,1.0,2,2,one case (chef1) supplies 50% of the segments; "
                        + "only 2 case(s) of the group have the code (fewer than 3)",
                "Analys/Tillit,Medarbetare,1,1,1,100.0,29,1.0,1,1,one case (med1) supplies 100% of the segments; "
                        + "only 1 case(s) of the group have the code (fewer than 3)",
                "Analys/Tillit,Politiker,0,0,0,0.0,0,,0,0,", "Analys/Tillit,Tjänsteperson/förvaltning,0,0,0,0.0,0,,0,0,"),
                result.lines());
        Result subcodes = cli.run("report", "compare", "--project", project, "--by", "Role", "--codes", "Analys",
                "--with-subcodes", "--format", "json");
        JsonObject chef = JsonParser.parseString(subcodes.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(5, chef.get("segments").getAsInt(), "2 Tillit and 3 Svar of the managers: " + subcodes.out());
    }

    @Test
    void wrongNamesSayWhichExist() {
        Result attribute = cli.run("report", "compare", "--project", project, "--by", "rol");
        assertEquals(1, attribute.exitCode());
        assertEquals(1, attribute.err().lines().count(), attribute.err());
        assertTrue(attribute.err().startsWith("./tillit report: unknown attribute 'rol'; the attributes are: Roll (Role), "),
                attribute.err());
        Result code = cli.run("report", "segments", "--project", project, "--code", "Analys/Tilit");
        assertEquals(1, code.exitCode());
        assertEquals("./tillit report: no code 'Analys/Tilit'; the codes under Analys are: Tillit, Svar", code.err().strip());
        Result where = cli.run("report", "segments", "--project", project, "--code", "Analys/Tillit", "--where", "roll=");
        assertEquals("./tillit report: expected a value at position 6, found the end", where.err().strip());
        assertEquals(1, cli.run("report", "nothing", "--project", project).exitCode());
        Result ambiguous = cli.run("report", "segments", "--project", project, "--code", "Tillit");
        assertTrue(ambiguous.err().startsWith("./tillit report: 'Tillit' names several codes: "), ambiguous.err());
        assertTrue(ambiguous.err().strip().endsWith(", Analys/Tillit; name it by its path"), ambiguous.err());
    }

    @Test
    void segmentsWithConditionAndTurnContext() {
        Result result = cli.run("report", "segments", "--project", project, "--code", "Analys/Tillit", "--where",
                "roll=Chef", "--context", "turn", "--format", "json");
        assertEquals(0, result.exitCode(), result.toString());
        JsonArray segments = JsonParser.parseString(result.out()).getAsJsonArray();
        assertEquals(2, segments.size());
        JsonObject first = segments.get(0).getAsJsonObject();
        assertEquals("chef1.txt", first.get("document").getAsString());
        assertEquals("Vi har tillit.", first.get("text").getAsString());
        assertEquals("IP: Stödet är bra. Vi har tillit.", first.get("context").getAsString());
        assertEquals("IP", first.get("speaker").getAsString());
        assertEquals(2, first.get("start_line").getAsInt());
        assertEquals("Chef/enhetschef", first.getAsJsonObject("attributes").get("Roll").getAsString());
        assertEquals("2 segments", result.err().strip());

        Result text = cli.run("report", "segments", "--project", project, "--code", "analys/tillit", "--where",
                "NOT roll=Chef");
        assertEquals(List.of("[Analys/Tillit] med1.txt, lines 2-2 (med1; IP)", "  Stödet är gott, tillit råder.", ""),
                text.lines());
    }

    @Test
    void segmentsOfACodeSet() throws Exception {
        String setName;
        try (var store = cli.projectStoreFactory().openExisting(temp.resolve("project"))) {
            var set = store.codebook().getSets().get(0);
            var tillit = store.codebook().getCodes().stream().filter(c -> "Analys".equals(c.getLabelSv())).findFirst()
                    .orElseThrow().getChildren().get(0);
            store.setMembers(set, List.of(tillit));
            setName = set.getLabelEn();
        }
        Result result = cli.run("report", "segments", "--project", project, "--code-set", setName, "--format", "csv");
        assertEquals(4, result.lines().size(), "a header and the 3 segments of Tillit: " + result);
        Result unknown = cli.run("report", "segments", "--project", project, "--code-set", "Ingen sådan");
        assertTrue(unknown.err().startsWith("./tillit report: no code set 'Ingen sådan'; the code sets are: "), unknown.err());
    }

    @Test
    void onlySomeDocumentsOrCases() {
        assertEquals(List.of("  Tillit finns inte."), cli.run("report", "segments", "--project", project, "--code",
                "Analys/Tillit", "--documents", "chef2.txt").lines().subList(1, 2));
        assertEquals(2, cli.run("report", "segments", "--project", project, "--code", "Analys/Tillit", "--cases",
                "med1", "--format", "csv").lines().size(), "a header and one segment");
        Result unknown = cli.run("report", "segments", "--project", project, "--code", "Analys/Tillit", "--documents",
                "chef3");
        assertEquals("./tillit report: no document 'chef3'; the documents are: chef1.txt, chef2.txt, med1.txt",
                unknown.err().strip());
        assertEquals(2, cli.run("search", "--project", project, "--documents", "med1", "stödet").lines().size());
    }

    @Test
    void cooccurrenceOfTheAutocodedCodes() {
        Result result = cli.run("report", "cooccurrence", "--project", project, "--codes", "Analys/Tillit,Analys/Svar",
                "--format", "csv");
        assertEquals(List.of("code,other_code,pairs,documents", "Analys/Tillit,Analys/Svar,3,3"), result.lines(),
                result.toString());
    }

    @Test
    void searchWordsPhrasesAndWholeWords() {
        Result words = cli.run("search", "--project", project, "--whole-word", "tillit");
        assertEquals(3, words.lines().size(), words.toString());
        assertEquals("chef1.txt:2 IP: ur är stödet? IP: Stödet är bra. Vi har tillit. I: Och kontrollen? IP: Kontrollen är",
                words.lines().get(0));
        assertEquals("3 hits", words.err().strip());
        assertEquals(2, cli.run("search", "--project", project, "stödet", "är").lines().size(), "a phrase");
        assertEquals(6, cli.run("search", "--project", project, "--regex", "[Ss]töd\\w+").lines().size());
        Result csv = cli.run("search", "--project", project, "--format", "csv", "--context", "none", "Tillit",
                "--case-sensitive");
        assertEquals(List.of("document,cases,line,speaker,start,end,text,context", "chef2.txt,chef2,2,IP,37,43,Tillit,"),
                csv.lines());
    }

    @Test
    void aComparisonByBandsOfANumberAttributeHasAColumnPerBandAndRefusesBandsOfText() throws Exception {
        Path years = TestSpreadsheets.csv(temp.resolve("år.csv"), List.of(List.of("Dokument", "År"), List.of("chef1", "2019"),
                List.of("chef2", "2022"), List.of("med1", "2023")), ',', StandardCharsets.UTF_8, false);
        assertEquals(0, cli.run("attributes", "--project", project, "--apply", years.toString()).exitCode());
        Result banded = cli.run("report", "compare", "--project", project, "--by", "år", "--bands", "2", "--codes",
                "Analys/Tillit", "--format", "csv");
        assertEquals(0, banded.exitCode(), banded.toString());
        List<String> groups = banded.lines().stream().skip(1).map(line -> line.split(",")[1]).toList();
        assertEquals(List.of("2018\u20132019", "2020\u20132021", "2022\u20132023"), groups, banded.toString());
        Result text = cli.run("report", "compare", "--project", project, "--by", "roll", "--bands", "2");
        assertEquals(1, text.exitCode(), text.toString());
        assertTrue(text.err().contains("--bands"), text.toString());
    }
}
