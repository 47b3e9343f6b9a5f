package org.tillit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;

/**
 * Line numbers in the margin of a document's text, counted as Tillit stores them (one per text
 * line, however it wraps), so a quote can be cited as "rad 112–118".
 */
final class LineNumbers {

    private LineNumbers() {
    }

    static void attach(StyledText text) {
        // The gutter is measured once per text, not for every line painted.
        int[] gutter = { measure(text) };
        text.addLineStyleListener(event -> {
            StyleRange style = new StyleRange();
            style.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            style.metrics = new GlyphMetrics(0, 0, gutter[0]);
            event.bullet = new Bullet(ST.BULLET_NUMBER, style);
            event.wrapIndent = gutter[0]; // wrapped parts of a line stay clear of the numbers
            event.bulletIndex = text.getLineAtOffset(event.lineOffset);
        });
        // A new text may need a wider gutter, and numbers below an edit change: measure, redraw.
        text.addListener(SWT.Modify, e -> {
            gutter[0] = measure(text);
            text.redraw();
        });
    }

    private static int measure(StyledText text) {
        return gutterWidth(text, Math.max(text.getLineCount(), 1));
    }

    private static int gutterWidth(StyledText text, int lines) {
        GC gc = new GC(text);
        try {
            return gc.textExtent(Integer.toString(lines) + "  ").x;
        } finally {
            gc.dispose();
        }
    }
}
