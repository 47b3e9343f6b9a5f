package org.tillit.query.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.tillit.query.agreement.CharacterTable;
import org.tillit.query.agreement.Spans;
import org.tillit.query.agreement.UnitizedAlpha;

/**
 * DKPro Statistics, a maintained implementation of the same measures, as a second oracle: on the
 * published unitized example and on thousands of generated codings (two and three coders, units
 * of every length and gap) Tillit's measures give DKPro's values.
 */
class DkproOracleTest {

    private static final double SAME = 1e-9;
    private static final String CODE = "code";

    @Test
    void krippendorffsUnitizedExampleGivesDkprosAlphaPerCategory() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, 300);
        study.addUnit(75, 70, 0, "c");
        study.addUnit(220, 30, 0, "c");
        study.addUnit(70, 80, 1, "c");
        study.addUnit(205, 20, 1, "c");
        study.addUnit(250, 20, 1, "c");
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        UnitizedAlpha.Disagreement ours = UnitizedAlpha.of(new long[] { 300 }, List.of(List.of(
                Spans.of(List.of(new int[] { 75, 145 }, new int[] { 220, 250 })),
                Spans.of(List.of(new int[] { 70, 150 }, new int[] { 205, 225 }, new int[] { 250, 270 })))));
        assertEquals(dkpro.calculateCategoryAgreement("c"), ours.alpha(), SAME);
        assertEquals(0.7286, ours.alpha(), 0.0001);
    }

    @Test
    void unitizedAlphaOfGeneratedCodingsIsDkprosForTwoAndThreeCoders() {
        Random random = new Random(20261202);
        int compared = 0;
        for (int study = 0; study < 2000; study++) {
            int length = 50 + random.nextInt(400);
            int coders = 2 + random.nextInt(2);
            UnitizingAnnotationStudy dkproStudy = new UnitizingAnnotationStudy(coders, 0, length);
            List<Spans> ours = new ArrayList<>();
            for (int coder = 0; coder < coders; coder++) {
                List<int[]> units = units(random, length);
                units.forEach(unit -> dkproStudy.addUnit(unit[0], unit[1] - unit[0], ours.size(), CODE));
                ours.add(Spans.of(units));
            }
            double actual = UnitizedAlpha.of(new long[] { length }, List.of(ours)).alpha();
            if (ours.stream().allMatch(units -> units.count() == 0)) {
                // DKPro says 0 where nobody coded anything; Tillit leaves such an alpha undefined, as the report shows it
                assertTrue(Double.isNaN(actual));
                continue;
            }
            double expected = new KrippendorffAlphaUnitizingAgreement(dkproStudy).calculateCategoryAgreement(CODE);
            assertEquals(expected, actual, SAME, "study " + study + " of " + coders + " coders over " + length);
            compared++;
        }
        assertTrue(compared > 1500, "most studies have codings: " + compared);
    }

    @Test
    void characterLevelMeasuresOfGeneratedCodingsAreDkpros() {
        Random random = new Random(4711);
        for (int study = 0; study < 500; study++) {
            int length = 20 + random.nextInt(500);
            Spans first = Spans.of(units(random, length));
            Spans second = Spans.of(units(random, length));
            CharacterTable ours = CharacterTable.of(length, first, second);
            if (ours.both() + ours.firstOnly() + ours.secondOnly() == 0) {
                // every character alike and uncoded: DKPro refuses a study of one category; Tillit counts full agreement
                assertEquals(1.0, ours.agreement());
                assertTrue(Double.isNaN(ours.kappa()));
                continue;
            }
            CodingAnnotationStudy characters = new CodingAnnotationStudy(2);
            addCharacters(characters, ours.both(), true, true);
            addCharacters(characters, ours.firstOnly(), true, false);
            addCharacters(characters, ours.secondOnly(), false, true);
            addCharacters(characters, ours.neither(), false, false);
            String where = "study " + study + ": " + ours;
            assertEquals(new PercentageAgreement(characters).calculateAgreement(), ours.agreement(), SAME, where);
            if (!Double.isNaN(ours.kappa())) {
                assertEquals(new CohenKappaAgreement(characters).calculateAgreement(), ours.kappa(), SAME, where);
                assertEquals(new ScottPiAgreement(characters).calculateAgreement(), ours.pi(), SAME, where);
                assertEquals(new KrippendorffAlphaAgreement(characters, new NominalDistanceFunction()).calculateAgreement(),
                        ours.alpha(), SAME, where);
            }
        }
    }

    /** Units of one coder, apart from each other, of random lengths and gaps. */
    private static List<int[]> units(Random random, int length) {
        List<int[]> units = new ArrayList<>();
        int position = random.nextInt(20);
        while (position < length - 2 && random.nextInt(5) > 0) {
            int unitLength = 1 + random.nextInt(Math.max(1, Math.min(60, length - position - 1)));
            units.add(new int[] { position, position + unitLength });
            position += unitLength + 1 + random.nextInt(40);
        }
        return units;
    }

    private static void addCharacters(CodingAnnotationStudy study, long count, boolean first, boolean second) {
        if (count > 0) {
            study.addMultipleItems((int) count, first, second);
        }
    }
}
