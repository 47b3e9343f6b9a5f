package org.tillit.ui.codebook;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

/** Code colours are stored as #RRGGBB; SWT speaks RGB. */
public final class ColorSwatch {

    private ColorSwatch() {
    }

    public static RGB parse(String hex) {
        try {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        } catch (RuntimeException e) {
            return new RGB(204, 204, 204);
        }
    }

    public static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb.red, rgb.green, rgb.blue);
    }
}
