package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.CoderAgreement;
import org.tillit.query.CoderAgreement.Row;
import org.tillit.query.Grouping;
import org.tillit.query.agreement.CharacterTable;
import org.tillit.query.agreement.Spans;
import org.tillit.store.CoderIdentity;
import org.tillit.testing.store.TestCodings;

/**
 * The study coded a second time by Bo: in the managers' interviews exactly as the first coder
 * did, in the employees' not at all. Overall the two agree in part; split by role, fully among
 * the managers and not beyond chance among the employees: what a reviewer asks to see.
 */
class CoderAgreementTest extends StudyTestCase {

    private Coder first;
    private Coder bo;

    @BeforeEach
    void boCodesTheManagersInterviewsAsTheFirstCoderDid() throws Exception {
        first = study.store.currentCoder();
        study.store.useCoder(new CoderIdentity("Bo"));
        bo = study.store.currentCoder();
        for (Document manager : List.of(study.chef1, study.chef2)) {
            for (Coding theirs : new ArrayList<>(manager.getCodings())) {
                Coding mine = TestCodings.coding(theirs.getCode(), theirs.getStart(), theirs.getEnd());
                mine.setCoder(bo);
                study.store.insertCoding(mine, manager);
            }
        }
    }

    @Test
    void perCodeAndOverallThenPerRoleWithFullAgreementAmongManagersOnly() {
        List<Row> rows = CoderAgreement.compute(study.store, new CoderAgreement.Spec(List.of(first, bo), List.of(),
                List.of(), Grouping.byAttribute(study.roll)));
        List<String> groups = rows.stream().map(Row::group).distinct().toList();
        assertEquals(List.of(CoderAgreement.OVERALL, "Chef/enhetschef", "Medarbetare"), groups.subList(0, 3));
        Row managers = overall(rows, "Chef/enhetschef");
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(managers.agreement(), managers.kappa(), managers.alpha()));
        Row employees = overall(rows, "Medarbetare");
        assertEquals(0.0, employees.kappa(), 1e-12, "Bo coded none of the employees' interviews");
        assertTrue(employees.agreement() < 1 && employees.alpha() < 0.5, employees.toString());
        Row all = overall(rows, CoderAgreement.OVERALL);
        assertTrue(all.kappa() > 0 && all.kappa() < 1, all.toString());

        long characters = study.store.documents().stream().mapToLong(Document::getLength).sum();
        List<Row> codes = rows.stream().filter(r -> r.group().equals(CoderAgreement.OVERALL) && r.code() != null).toList();
        assertEquals(List.of(study.stod, study.stodUnderStod, study.resurser, study.kontroll),
                codes.stream().map(Row::code).toList(), "every code used, in codebook order");
        codes.forEach(row -> assertEquals(characters, row.table().characters(), "every character of every document"));
        CharacterTable summed = codes.stream().map(Row::table).reduce(CharacterTable.EMPTY, CharacterTable::plus);
        assertEquals(summed, all.table(), "the overall row pools the codes' tables");
        assertNull(all.code());
    }

    @Test
    void aCodeOnlyOneCoderUsedHasItsRowWithNoAgreementBeyondChance() throws Exception {
        Code onlyBo = CodeTree.allCodes(study.store.codebook()).stream()
                .filter(c -> c.isCodable() && study.store.codingsOf(c).isEmpty()).findFirst().orElseThrow();
        Coding mine = TestCodings.coding(onlyBo, 0, 10);
        mine.setCoder(bo);
        study.store.insertCoding(mine, study.med1);
        long characters = study.store.documents().stream().mapToLong(Document::getLength).sum();
        Row row = CoderAgreement.compute(study.store, new CoderAgreement.Spec(List.of(first, bo), List.of(), List.of(),
                null)).stream().filter(r -> onlyBo.equals(r.code())).findFirst().orElseThrow();
        assertEquals(new CharacterTable(0, 0, 10, characters - 10), row.table(), "ten characters Bo coded alone");
        assertEquals((characters - 10) / (double) characters, row.agreement(), 1e-12);
        assertEquals(0.0, row.kappa(), 1e-12, "the first coder never used the code: no agreement beyond chance");
    }

    @Test
    void chosenDocumentsAndCodesOnlyAndTwoDifferentCodersAtLeast() {
        List<Row> rows = CoderAgreement.compute(study.store, new CoderAgreement.Spec(List.of(first, bo),
                List.of(study.kontroll), List.of(study.chef1, study.med1), null));
        assertEquals(2, rows.size(), "the code and the overall row");
        assertEquals(study.chef1.getLength() + study.med1.getLength(), rows.get(0).table().characters());
        assertThrows(IllegalArgumentException.class, () -> new CoderAgreement.Spec(List.of(first, first), List.of(),
                List.of(), null));
    }

    @Test
    void disagreementsAreTheSpansOneCoderCodedAndTheOtherNotInDocumentOrder() throws Exception {
        Coding moved = TestCodings.coding(study.kontroll, 2, 8);
        moved.setCoder(bo);
        study.store.insertCoding(moved, study.chef1);
        List<CoderAgreement.Disagreement> found = CoderAgreement.disagreements(study.store,
                new CoderAgreement.Spec(List.of(first, bo), List.of(), List.of(), null));
        CoderAgreement.Disagreement inChef = found.get(0);
        assertEquals(List.of(study.chef1, study.kontroll, 2, 8, bo, first), List.of(inChef.document(), inChef.code(),
                inChef.start(), inChef.end(), inChef.codedBy(), inChef.notBy()));
        List<CoderAgreement.Disagreement> employees = found.stream()
                .filter(d -> d.document() == study.med1 || d.document() == study.med1b).toList();
        assertEquals(4, employees.size(), "each of the first coder's codings there, which Bo did not make");
        assertTrue(employees.stream().allMatch(d -> d.codedBy() == first));
        assertEquals(6, found.size(), "and the first coder's coding in the interview without a role");
    }

    @Test
    void spansLeftOverAreWhatTheOtherCoderDidNotCover() {
        Spans mine = Spans.of(List.of(new int[] { 0, 10 },
                new int[] { 20, 30 }));
        Spans theirs = Spans.of(List.of(new int[] { 2, 4 },
                new int[] { 8, 22 }, new int[] { 25, 26 }));
        assertEquals(List.of("0-2", "4-8", "22-25", "26-30"), mine.minus(theirs).stream().map(r -> r[0] + "-" + r[1]).toList());
        assertEquals(List.of("10-20"), theirs.minus(mine).stream().map(r -> r[0] + "-" + r[1]).toList());
    }

    private static Row overall(List<Row> rows, String group) {
        return rows.stream().filter(r -> r.group().equals(group) && r.code() == null).findFirst().orElseThrow();
    }
}
