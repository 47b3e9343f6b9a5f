package org.tillit.ui.coding;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.tillit.model.Code;
import org.tillit.ui.codebook.ColorSwatch;

/**
 * The colours a coding is drawn in: the code's own colour for lanes and marks, and behind the text
 * the same colour lightened just enough that black text stays readable on it. Colours need no
 * disposing in this SWT; the cache only saves parsing.
 */
final class CodeColors {

    /** Behind text a code's colour is lightened to about this luminance: readable, still that colour. */
    private static final double BACKGROUND_LUMINANCE = 205;

    private final Map<String, Color> solid = new HashMap<>();
    private final Map<String, Color> tints = new HashMap<>();
    private final Map<Integer, Color> overlaps = new HashMap<>();

    Color solid(Code code) {
        return solid.computeIfAbsent(hexOf(code), hex -> new Color(ColorSwatch.parse(hex)));
    }

    /** Pale code colours (the TBSL codebook's) are used as they are, darker ones lightened. */
    Color tint(Code code) {
        return tints.computeIfAbsent(hexOf(code), hex -> {
            RGB rgb = ColorSwatch.parse(hex);
            double luminance = luminance(rgb);
            double white = luminance >= BACKGROUND_LUMINANCE ? 0 : (BACKGROUND_LUMINANCE - luminance) / (255 - luminance);
            return new Color(mix(rgb, new RGB(255, 255, 255), white));
        });
    }

    /**
     * Behind text where codes meet: the most specific code's colour, a little darker, so the overlap
     * shows without mixing two hues into grey (the underline names the other code).
     */
    Color overlap(Code innermost) {
        RGB rgb = tint(innermost).getRGB();
        return overlaps.computeIfAbsent(rgbValue(rgb), k -> new Color(darken(rgb, 0.9)));
    }

    private static double luminance(RGB rgb) {
        return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
    }

    private static String hexOf(Code code) {
        return code == null || code.getColor() == null ? "#CCCCCC" : code.getColor();
    }

    private static int rgbValue(RGB rgb) {
        return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
    }

    private static RGB mix(RGB a, RGB b, double shareOfB) {
        return new RGB(channel(a.red, b.red, shareOfB), channel(a.green, b.green, shareOfB),
                channel(a.blue, b.blue, shareOfB));
    }

    private static RGB darken(RGB rgb, double factor) {
        return new RGB((int) (rgb.red * factor), (int) (rgb.green * factor), (int) (rgb.blue * factor));
    }

    private static int channel(int a, int b, double shareOfB) {
        return (int) Math.round(a * (1 - shareOfB) + b * shareOfB);
    }
}
