package org.tillit.ui.coding;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.coding.CodingSpan;
import org.tillit.ui.WidgetIds;

/**
 * The overview strip right of the text: a mark in the code's colour for every coding, placed by
 * where it lies in the whole document, and a frame around the part that is on screen; a click
 * scrolls there. (JFace's OverviewRuler fails to paint when the whole text fits on screen, so the
 * strip is a small canvas of its own.)
 */
final class CodingOverview {

    private static final int WIDTH = 14;

    private final CodeColors colors;
    private final StyledText text;
    private final Canvas canvas;
    private EditorContent content;

    CodingOverview(Composite parent, CodeColors colors, StyledText text) {
        this.colors = colors;
        this.text = text;
        canvas = WidgetIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED), WidgetIds.CODING_OVERVIEW);
        GridData data = new GridData(SWT.CENTER, SWT.FILL, false, true);
        data.widthHint = WIDTH;
        canvas.setLayoutData(data);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> scrollTo(e.y));
    }

    void show(EditorContent newContent) {
        this.content = newContent;
        canvas.redraw();
    }

    void redraw() {
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        if (content == null || content.length() == 0) {
            return;
        }
        double perPosition = (double) area.height / content.length();
        List<CodingSpan> all = content.codings().all();
        for (CodingSpan span : all) {
            int y = (int) (span.start() * perPosition);
            int height = Math.max(2, (int) (span.length() * perPosition));
            gc.setBackground(colors.solid(span.code()));
            gc.fillRectangle(2, y, area.width - 4, height);
        }
        paintVisibleFrame(gc, area, perPosition);
    }

    private void paintVisibleFrame(GC gc, Rectangle area, double perPosition) {
        int top = content.positions().toCodePoint(text.getOffsetAtLine(text.getTopIndex()));
        int bottomLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height - 1));
        int bottomOffset = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
        int bottom = content.positions().toCodePoint(bottomOffset);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        int y = (int) (top * perPosition);
        gc.drawRectangle(0, y, area.width - 1, Math.max(3, (int) ((bottom - top) * perPosition)));
    }

    private void scrollTo(int y) {
        if (content == null || content.length() == 0) {
            return;
        }
        int position = (int) ((double) y / canvas.getClientArea().height * content.length());
        int offset = content.positions().toUtf16(Math.max(0, Math.min(position, content.length())));
        text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 3));
    }
}
