package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.query.Cell;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.ContextSpec;
import org.tillit.query.Grouping;
import org.tillit.query.QuoteMatrix;
import org.tillit.query.RespondentCheck;
import org.tillit.query.Segment;
import org.tillit.query.Unit;
import org.tillit.query.WhereParser;
import org.tillit.store.CoderIdentity;
import org.tillit.testing.store.TestCodings;

/** The code x group matrix: counts, shares of cases, roll-up, percentages, the respondent check, quotes. */
class ComparisonTest extends StudyTestCase {

    private static final int STOD = 0;
    private static final int STOD_STOD = 1;
    private static final int RESURSER = 2;
    private static final int KONTROLL = 3;
    private static final int CHEF = 0;
    private static final int MEDARBETARE = 1;
    private static final int POLITIKER = 2;

    private ComparisonMatrix byRole(boolean rollUp) {
        return Comparison.compute(study.store, spec().rollUp(rollUp));
    }

    private ComparisonSpec spec() {
        List<Code> rows = List.of(study.stod, study.stodUnderStod, study.resurser, study.kontroll);
        return ComparisonSpec.of(Grouping.byAttribute(study.roll)).codes(rows);
    }

    private static List<Integer> counts(Cell cell) {
        return List.of(cell.segments(), cell.documents(), cell.cases());
    }

    @Test
    void withoutEmptyRowsOnlyTheCodesCodedInTheComparedDocumentsRemainWithTheirCells() {
        ComparisonMatrix all = Comparison.compute(study.store, ComparisonSpec.of(Grouping.byAttribute(study.roll)));
        assertTrue(all.rows().size() > 60, "the TBSL codebook's codes are rows too");
        ComparisonMatrix coded = all.withoutEmptyRows();
        List<String> guids = coded.rows().stream().map(ComparisonMatrix.Row::codeGuid).toList();
        assertEquals(List.of(study.stod.getGuid(), study.stodUnderStod.getGuid(), study.resurser.getGuid(),
                study.kontroll.getGuid()), guids);
        int stodInAll = all.rowOf(study.stod.getGuid());
        assertEquals(counts(all.cell(stodInAll, CHEF)), counts(coded.cell(0, CHEF)));
        assertEquals(all.segments(stodInAll, MEDARBETARE, ContextSpec.NONE).size(),
                coded.segments(0, MEDARBETARE, ContextSpec.NONE).size());
        assertEquals(all.columns(), coded.columns());
    }

    @Test
    void onlyTheNamedCodersCodingsCount() throws Exception {
        String first = study.store.currentCoder().getName();
        study.store.useCoder(new CoderIdentity("Bo"));
        Coding bos = TestCodings.coding(study.kontroll, 0, 5);
        bos.setCoder(study.store.currentCoder());
        study.store.insertCoding(bos, study.chef1);
        ComparisonMatrix everyone = Comparison.compute(study.store, spec());
        ComparisonMatrix onlyBo = Comparison.compute(study.store, spec().coders(List.of("Bo")));
        ComparisonMatrix onlyFirst = Comparison.compute(study.store, spec().coders(List.of(first)));
        assertEquals(4, everyone.cell(KONTROLL, CHEF).segments());
        assertEquals(1, onlyBo.cell(KONTROLL, CHEF).segments());
        assertEquals(0, onlyBo.cell(STOD, CHEF).segments());
        assertEquals(3, onlyFirst.cell(KONTROLL, CHEF).segments());
        assertEquals(everyone.cell(STOD, MEDARBETARE).segments(), onlyFirst.cell(STOD, MEDARBETARE).segments());
    }

    @Test
    void everyValueOfTheRoleIsAGroupEmptyOrNot() {
        ComparisonMatrix matrix = byRole(false);
        assertEquals(List.of("Chef/enhetschef", "Medarbetare", "Politiker", "Tjänsteperson/förvaltning"),
                matrix.columns().stream().map(ComparisonMatrix.Column::label).toList());
        assertEquals(new ComparisonMatrix.Column("Chef/enhetschef", 2, 2), matrix.columns().get(CHEF));
        assertEquals(new ComparisonMatrix.Column("Medarbetare", 2, 1), matrix.columns().get(MEDARBETARE),
                "one case with two interviews; the interview without a role is in no group");
        assertEquals(new Cell(0, 0, 0, 0, 0, null), matrix.cell(KONTROLL, POLITIKER));
        assertEquals(List.of("Stöd", "Stöd/Stöd", "Stöd/Resurser", "Kontroll"),
                matrix.rows().stream().map(ComparisonMatrix.Row::codePath).toList());
    }

    @Test
    void segmentsDocumentsCasesAndTheShareOfCases() {
        ComparisonMatrix matrix = byRole(false);
        assertEquals(List.of(2, 1, 1), counts(matrix.cell(STOD, CHEF)));
        assertEquals(50.0, matrix.cell(STOD, CHEF).casesPercent());
        assertEquals(List.of(2, 2, 1), counts(matrix.cell(STOD, MEDARBETARE)));
        assertEquals(100.0, matrix.cell(STOD, MEDARBETARE).casesPercent());
        assertEquals(List.of(1, 1, 1), counts(matrix.cell(STOD_STOD, CHEF)));
        assertEquals(List.of(1, 1, 1), counts(matrix.cell(RESURSER, MEDARBETARE)));
        assertEquals(List.of(3, 2, 2), counts(matrix.cell(KONTROLL, CHEF)));
        String tung = "Kontrollen känns tung \uD83D\uDE00 ibland";
        assertEquals(tung.codePointCount(0, tung.length()), matrix.cell(KONTROLL, MEDARBETARE).characters());
    }

    @Test
    void subcodesRollUpIntoTheirParent() {
        ComparisonMatrix matrix = byRole(true);
        assertEquals(List.of(4, 2, 2), counts(matrix.cell(STOD, CHEF)));
        assertEquals(100.0, matrix.cell(STOD, CHEF).casesPercent());
        assertEquals(List.of(3, 2, 1), counts(matrix.cell(STOD, MEDARBETARE)));
        assertEquals(List.of(1, 1, 1), counts(matrix.cell(STOD_STOD, CHEF)), "a sub-code counts only its own");
    }

    @Test
    void unitsPercentagesAndValuesPerCase() {
        ComparisonMatrix matrix = byRole(false);
        assertEquals(75.0, matrix.value(KONTROLL, CHEF, Unit.SEGMENTS, Percentages.ROW));
        assertEquals(100.0 * 3 / 7, matrix.value(KONTROLL, CHEF, Unit.SEGMENTS, Percentages.COLUMN), 1e-9);
        assertEquals(2.0, matrix.value(KONTROLL, CHEF, Unit.DOCUMENTS, Percentages.NONE));
        assertEquals(2.0, matrix.perCase(STOD, MEDARBETARE, Unit.SEGMENTS));
        assertEquals(1.5, matrix.perCase(KONTROLL, CHEF, Unit.SEGMENTS));
        assertTrue(Double.isNaN(matrix.perCase(STOD, POLITIKER, Unit.SEGMENTS)), "a group without cases");
    }

    @Test
    void allValuesAtOnceAreTheValuesOneByOne() {
        ComparisonMatrix matrix = byRole(false);
        for (Unit unit : Unit.values()) {
            for (Percentages percentages : Percentages.values()) {
                double[][] values = matrix.values(unit, percentages);
                assertEquals(matrix.rows().size(), values.length);
                for (int r = 0; r < values.length; r++) {
                    assertEquals(matrix.columns().size(), values[r].length);
                    for (int c = 0; c < values[r].length; c++) {
                        assertEquals(matrix.value(r, c, unit, percentages), values[r][c], unit + " " + percentages);
                    }
                }
            }
        }
        assertEquals(75.0, matrix.values(Unit.SEGMENTS, Percentages.ROW)[KONTROLL][CHEF], "not all zero");
    }

    @Test
    void theRespondentCheckFlagsCellsOfFewRespondents() {
        ComparisonMatrix matrix = byRole(false);
        assertEquals("one case (chef1) supplies 67% of the segments; only 2 case(s) of the group have the code (fewer than 3)",
                matrix.cell(KONTROLL, CHEF).flag());
        assertNull(matrix.cell(KONTROLL, POLITIKER).flag(), "an empty cell is not flagged");
        ComparisonMatrix lenient = Comparison.compute(study.store, spec().check(new RespondentCheck(0.7, 2)));
        assertNull(lenient.cell(KONTROLL, CHEF).flag());
        assertEquals("one case (chef1) supplies 100% of the segments; only 1 case(s) of the group have the code (fewer than 2)",
                lenient.cell(STOD, CHEF).flag());
    }

    @Test
    void aCellYieldsItsQuotes() {
        ComparisonMatrix matrix = byRole(false);
        assertEquals(List.of("tillit men för lite tid", "Kontrollen är stark", "Ingen kontroll"),
                texts(matrix.segments(KONTROLL, CHEF, ContextSpec.NONE)));
        QuoteMatrix quotes = QuoteMatrix.of(matrix, List.of(study.kontroll.getGuid()), ContextSpec.NONE);
        assertEquals(4, quotes.groups().size());
        assertEquals("Kontroll", quotes.rows().get(0).codePath());
        Segment first = quotes.rows().get(0).quotes().get(CHEF).get(0);
        assertEquals(new Segment.Citation("chef1.txt", List.of("chef1"), 2, 2), first.citation());
        assertEquals(1, quotes.rows().get(0).quotes().get(MEDARBETARE).size());
    }

    @Test
    void groupsFromCodeSetsOrDocumentsAndOnlySomeDocuments() throws Exception {
        CodeSet control = study.store.codebook().getSets().get(0);
        CodeSet resources = study.store.codebook().getSets().get(1);
        study.store.setMembers(control, List.of(study.kontroll));
        study.store.setMembers(resources, List.of(study.resurser));
        ComparisonMatrix bySets = Comparison.compute(study.store,
                ComparisonSpec.of(Grouping.byCodeSets(List.of(control, resources))).codes(List.of(study.stod)));
        assertEquals(3, bySets.cell(0, 0).segments(), "chef1 (2) and med1 (1) have Kontroll");
        assertEquals(1, bySets.cell(0, 1).segments(), "chef2 (0) and med1b (1) have Resurser");

        Map<String, List<Document>> named = new LinkedHashMap<>();
        named.put("A", List.of(study.chef1));
        named.put("B", List.of(study.okand));
        ComparisonMatrix byDocuments = Comparison.compute(study.store,
                ComparisonSpec.of(Grouping.byDocuments(named)).codes(List.of(study.stod)));
        assertEquals(List.of(2, 1), List.of(byDocuments.cell(0, 0).segments(), byDocuments.cell(0, 1).segments()));

        var definitions = study.store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        ComparisonMatrix recent = Comparison.compute(study.store, spec().where(WhereParser.parse("år>=2020", definitions)));
        assertEquals(new ComparisonMatrix.Column("Chef/enhetschef", 1, 1), recent.columns().get(CHEF));
        assertEquals(List.of(1, 1, 1), counts(recent.cell(KONTROLL, CHEF)));
    }
}
