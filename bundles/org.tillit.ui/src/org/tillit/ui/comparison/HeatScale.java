package org.tillit.ui.comparison;

import org.eclipse.swt.graphics.RGB;

/**
 * The heat map's colours: a cell is shaded from white (nothing) to a deep blue (the table's
 * largest value) in {@link #LEVELS} steps, each step a NatTable style of its own; its text is
 * dark on light shades and white on dark ones, so it stays readable.
 */
public final class HeatScale {

    /** Shades above white; level 0 is white. */
    public static final int LEVELS = 10;

    private static final RGB EMPTY = new RGB(255, 255, 255);
    private static final RGB FULL = new RGB(8, 69, 148);
    /** Black: any shade has at least 4.5:1 contrast to black or to white, but only to pure black near the crossing. */
    private static final RGB DARK_TEXT = new RGB(0, 0, 0);
    private static final RGB LIGHT_TEXT = new RGB(255, 255, 255);
    /** Relative luminance below which white text reads better than dark (WCAG's crossing point). */
    private static final double DARK_BACKGROUND = 0.18;

    private HeatScale() {
    }

    /** The level of a value against the table's maximum: 0 for nothing (or no maximum), LEVELS for the maximum. */
    public static int level(double value, double max) {
        if (!(value > 0) || !(max > 0)) {
            return 0;
        }
        return Math.max(1, (int) Math.round(LEVELS * Math.min(1, value / max)));
    }

    public static RGB background(int level) {
        double share = (double) level / LEVELS;
        return new RGB(mix(EMPTY.red, FULL.red, share), mix(EMPTY.green, FULL.green, share),
                mix(EMPTY.blue, FULL.blue, share));
    }

    public static RGB foreground(int level) {
        return luminance(background(level)) < DARK_BACKGROUND ? LIGHT_TEXT : DARK_TEXT;
    }

    /** Relative luminance as WCAG defines it, from 0 (black) to 1 (white). */
    static double luminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
