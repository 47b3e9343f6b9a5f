package org.tillit.query.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.query.agreement.CharacterTable;
import org.tillit.query.agreement.Spans;
import org.tillit.query.agreement.UnitizedAlpha;

/**
 * The measures against published worked examples with known answers, the characters of a document
 * standing for the units: Krippendorff's "Bertha and Bill" (24 units, kappa .385, pi .314, alpha
 * .329), NVivo's coding comparison (1,000 characters, 85 %), and Krippendorff's unitized alpha
 * (Content Analysis, 2004, p. 254: alpha .7286 for one category, 1 for the other, .8591 over both).
 */
class PublishedAgreementExamplesTest {

    private static final double EXACT = 0.0005;

    @Test
    void berthaAndBillKappaPiAndAlphaAsKrippendorffGivesThem() {
        // 6 units both said yes, 8 Bertha said yes and Bill no, 10 both no: as 24 characters of a text.
        CharacterTable table = CharacterTable.of(24, spans(0, 14), spans(0, 6));
        assertEquals(new CharacterTable(6, 8, 0, 10), table);
        assertEquals(0.385, table.kappa(), EXACT);
        assertEquals(0.314, table.pi(), EXACT);
        assertEquals(0.329, table.alpha(), EXACT);
        assertEquals(16 / 24.0, table.agreement(), 1e-12);
    }

    @Test
    void nvivosExampleIsEightyFivePercentWithCharactersNeitherCodedCountingAsAgreement() {
        // 1,000 characters: 50 coded by both, 150 by one user only, 800 by neither.
        CharacterTable table = CharacterTable.of(1000, spans(0, 200), spans(150, 200));
        assertEquals(new CharacterTable(50, 150, 0, 800), table);
        assertEquals(0.85, table.agreement(), 1e-12);
        // Chance: 0.2·0.05 + 0.8·0.95 = 0.77 added (not multiplied), so kappa = (0.85 − 0.77) / 0.23.
        assertEquals(0.08 / 0.23, table.kappa(), 1e-12);
    }

    @Test
    void krippendorffsUnitizedExampleGivesThePublishedAlphas() {
        // The continuum 150–450 of p. 254, here a text of 300 characters starting at 0.
        long[] length = { 300 };
        UnitizedAlpha.Disagreement c = UnitizedAlpha.of(length, List.of(List.of(
                Spans.of(List.of(new int[] { 75, 145 }, new int[] { 220, 250 })),
                Spans.of(List.of(new int[] { 70, 150 }, new int[] { 205, 225 }, new int[] { 250, 270 })))));
        UnitizedAlpha.Disagreement k = UnitizedAlpha.of(length, List.of(List.of(
                Spans.of(List.of(new int[] { 30, 90 }, new int[] { 150, 200 })),
                Spans.of(List.of(new int[] { 30, 90 }, new int[] { 150, 200 })))));
        assertEquals(0.0144, c.observed(), 0.0001);
        assertEquals(0.0532, c.expected(), 0.0001);
        assertEquals(0.7286, c.alpha(), 0.0001);
        assertEquals(0.0, k.observed(), 1e-12);
        assertEquals(0.0490, k.expected(), 0.0001);
        assertEquals(1.0, k.alpha(), 1e-12);
        assertEquals(0.8591, c.plus(k).alpha(), 0.0005, "over both categories");
    }

    @Test
    void identicalCodingAgreesFullyAndNothingCodedByOneCoderIsNoAgreementBeyondChance() {
        CharacterTable same = CharacterTable.of(100, spans(10, 40), spans(10, 40));
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), List.of(same.agreement(), same.kappa(), same.pi(), same.alpha()));
        UnitizedAlpha.Disagreement sameUnits = UnitizedAlpha.of(new long[] { 100 },
                List.of(List.of(spans(10, 40), spans(10, 40))));
        assertEquals(1.0, sameUnits.alpha(), 1e-12);

        CharacterTable oneCoded = CharacterTable.of(100, spans(10, 40), Spans.none());
        assertEquals(0.7, oneCoded.agreement(), 1e-12);
        assertEquals(0.0, oneCoded.kappa(), 1e-12, "one coder coded nothing: agreement no better than chance");
        assertTrue(oneCoded.alpha() < 0, "alpha below zero: the coders disagree systematically");
        UnitizedAlpha.Disagreement oneUnitized = UnitizedAlpha.of(new long[] { 100 },
                List.of(List.of(spans(10, 40), Spans.none())));
        assertTrue(oneUnitized.alpha() < 0.5, String.valueOf(oneUnitized.alpha()));
    }

    @Test
    void nothingCodedByEitherCoderHasNoKappaOrAlphaButFullAgreement() {
        CharacterTable none = CharacterTable.of(50, Spans.none(), Spans.none());
        assertEquals(1.0, none.agreement(), 1e-12);
        assertTrue(Double.isNaN(none.kappa()) && Double.isNaN(none.alpha()), "undefined, not a number to report");
        assertTrue(Double.isNaN(UnitizedAlpha.of(new long[] { 50 }, List.of(List.of(Spans.none(), Spans.none()))).alpha()));
    }

    @Test
    void aCodersOverlappingCodingsOfOneCodeCountEachCharacterOnce() {
        Spans overlapping = Spans.of(List.of(new int[] { 10, 30 }, new int[] { 20, 40 }, new int[] { 40, 45 }));
        assertEquals(spans(10, 45), overlapping);
        assertEquals(35, overlapping.length());
        assertEquals(CharacterTable.of(100, spans(10, 45), spans(20, 60)), CharacterTable.of(100, overlapping, spans(20, 60)));
    }

    private static Spans spans(int start, int end) {
        return Spans.of(List.of(new int[] { start, end }));
    }
}
