package org.tillit.ui.retrieval;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.text.CodePointIndex;
import org.tillit.query.Segment;
import org.tillit.ui.WidgetIds;

/** The selected segment's text inside the context asked for, the segment itself in bold on a tint. */
public final class SegmentContext {

    /** A highlighter's yellow, whatever the theme: the system's info colour is black on some. */
    private static final Color TINT = new Color(255, 236, 153);

    private final StyledText text;

    public SegmentContext(Composite parent, String id) {
        text = new StyledText(parent, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        WidgetIds.tag(text, id);
        text.setMargins(6, 4, 6, 4);
    }

    /** Shows the segment in its context, or nothing for null. */
    public void show(Segment segment) {
        if (segment == null) {
            text.setText("");
            return;
        }
        String shown = segment.context() == null ? segment.text() : segment.context();
        text.setText(shown);
        CodePointIndex positions = CodePointIndex.of(shown);
        int start = positions.toUtf16(segment.startInContext());
        int end = positions.toUtf16(segment.startInContext() + segment.characters());
        StyleRange emphasis = new StyleRange(start, end - start, null, TINT, SWT.BOLD);
        text.setStyleRange(emphasis);
        text.setTopIndex(Math.max(0, text.getLineAtOffset(start) - 1));
    }

    public StyledText control() {
        return text;
    }
}
