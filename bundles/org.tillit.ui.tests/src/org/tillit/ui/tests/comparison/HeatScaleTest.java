package org.tillit.ui.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.tillit.ui.comparison.HeatScale;

/** The heat map's shades: proportional to the table's maximum, and their text always readable. */
class HeatScaleTest {

    @Test
    void theLevelIsTheValuesShareOfTheMaximumInTenSteps() {
        assertEquals(0, HeatScale.level(0, 8));
        assertEquals(HeatScale.LEVELS, HeatScale.level(8, 8));
        assertEquals(5, HeatScale.level(4, 8));
        assertEquals(1, HeatScale.level(0.01, 8), "any value at all is shaded, however little");
        assertEquals(0, HeatScale.level(3, 0), "an empty table has no shades");
        assertEquals(0, HeatScale.level(Double.NaN, 8), "no value per case of a group without cases");
    }

    @Test
    void nothingIsWhiteAndTheMaximumIsTheDarkestShade() {
        assertEquals(new RGB(255, 255, 255), HeatScale.background(0));
        for (int level = 1; level <= HeatScale.LEVELS; level++) {
            assertTrue(brightness(HeatScale.background(level)) < brightness(HeatScale.background(level - 1)),
                    "level " + level + " darker than " + (level - 1));
        }
    }

    @Test
    void textIsDarkOnLightShadesWhiteOnDarkOnesAndReadableOnEvery() {
        assertEquals(new RGB(255, 255, 255), HeatScale.foreground(HeatScale.LEVELS));
        assertEquals(new RGB(0, 0, 0), HeatScale.foreground(0), "black text on white");
        for (int level = 0; level <= HeatScale.LEVELS; level++) {
            double contrast = contrast(HeatScale.foreground(level), HeatScale.background(level));
            assertTrue(contrast >= 4.5, "level " + level + ": contrast " + contrast + " below WCAG AA");
        }
    }

    private static int brightness(RGB rgb) {
        return rgb.red + rgb.green + rgb.blue;
    }

    /** WCAG's contrast ratio, computed here independently of the scale's own luminance. */
    private static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(RGB rgb) {
        return 0.2126 * channel(rgb.red) + 0.7152 * channel(rgb.green) + 0.0722 * channel(rgb.blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
