package org.tillit.ui.results;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.text.CodePointIndex;
import org.tillit.ui.WidgetIds;

/** A result's text inside the context asked for (a segment, a search hit), the result itself in bold on a tint. */
public final class ContextText {

    /** A highlighter's yellow, whatever the theme: the system's info colour is black on some. */
    private static final Color TINT = new Color(255, 236, 153);

    private final StyledText text;

    public ContextText(Composite parent, String widgetId) {
        text = new StyledText(parent, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        WidgetIds.tag(text, widgetId);
        text.setMargins(6, 4, 6, 4);
    }

    /**
     * Shows the context, the part from {@code start} (code points) of {@code characters} emphasised
     * and scrolled into view; nothing for a null context.
     */
    public void show(String context, int start, int characters) {
        if (context == null) {
            text.setText("");
            return;
        }
        text.setText(context);
        CodePointIndex positions = CodePointIndex.of(context);
        int from = positions.toUtf16(start);
        int to = positions.toUtf16(start + characters);
        text.setStyleRange(new StyleRange(from, to - from, null, TINT, SWT.BOLD));
        text.setTopIndex(Math.max(0, text.getLineAtOffset(from) - 1));
    }

    public StyledText control() {
        return text;
    }
}
