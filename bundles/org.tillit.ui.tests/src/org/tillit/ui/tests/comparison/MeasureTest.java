package org.tillit.ui.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tillit.ui.comparison.Measure;

/** How the Comparison view writes its numbers: counts whole, percentages with one decimal, per case with two. */
class MeasureTest {

    @Test
    void countsAreWholeNumbers() {
        assertEquals("12", Measure.COUNTS.format(12, Locale.ENGLISH));
        assertEquals("12,345", Measure.COUNTS.format(12345, Locale.ENGLISH));
    }

    @Test
    void percentagesHaveOneDecimalInTheLanguagesWay() {
        assertEquals("37.5", Measure.ROW_PERCENT.format(37.5, Locale.ENGLISH));
        assertEquals("33.3", Measure.COLUMN_PERCENT.format(100.0 / 3, Locale.ENGLISH));
        assertEquals("0.0", Measure.ROW_PERCENT.format(0, Locale.ENGLISH));
        assertEquals("37,5", Measure.ROW_PERCENT.format(37.5, Locale.forLanguageTag("sv")));
    }

    @Test
    void valuesPerCaseHaveTwoDecimalsAndNoneForAGroupWithoutCases() {
        assertEquals("1.67", Measure.PER_CASE.format(5.0 / 3, Locale.ENGLISH));
        assertEquals("0.33", Measure.PER_CASE.format(1.0 / 3, Locale.ENGLISH));
        assertEquals("–", Measure.PER_CASE.format(Double.NaN, Locale.ENGLISH));
    }
}
