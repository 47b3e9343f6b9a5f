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
        text.addLineStyleListener(event -> {
            int lines = Math.max(text.getLineCount(), 1);
            StyleRange style = new StyleRange();
            style.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            int gutter = gutterWidth(text, lines);
            style.metrics = new GlyphMetrics(0, 0, gutter);
            event.bullet = new Bullet(ST.BULLET_NUMBER, style);
            event.wrapIndent = gutter; // wrapped parts of a line stay clear of the numbers
            event.bulletIndex = text.getLineAtOffset(event.lineOffset);
        });
        // Numbers below an edit change when lines come or go: redraw them all.
        text.addListener(SWT.Modify, e -> text.redraw());
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
