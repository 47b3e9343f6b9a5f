package org.tillit.ui.coding;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IVerticalRulerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.coding.LaneLayout;
import org.tillit.ui.WidgetIds;

/**
 * The margin beside the text: one coloured lane per coding, running from its first to its last
 * line, with its code's label written along it. Overlapping codings sit side by side (see
 * {@link LaneLayout}); lane 0 is nearest the text. A click selects a coding, the mouse over a lane
 * tells what the coding is. Only the codings of the visible lines are drawn. When two coders are
 * shown side by side, each has a margin of its own, captioned with the coder's name along its
 * outer edge; an unused margin takes no room.
 */
final class CodingLanes implements IVerticalRulerColumn {

    private static final int MAX_LANES = 10;
    private static final int BAR = 4;
    /** The shortest stretch of a lane its label is written along, in pixels. */
    private static final int MIN_LABEL_ROOM = 36;
    /** How near an end of the selected lane a press must be to move that end, in pixels. */
    private static final int END_GRIP = 4;

    /** Moves a coding's ends (code points) when the user drags an end of its lane. */
    @FunctionalInterface
    interface Resizer {
        void resize(CodingSpan coding, int start, int end);
    }

    private final CodeColors colors;
    private final StyledText text;
    private final Function<CodingSpan, String> labels;
    private final Function<CodingSpan, String> descriptions;
    private final Consumer<CodingSpan> onClick;
    private final Resizer onResize;
    private final String widgetId;
    /** While an end of the selected lane is dragged: which end, and where the mouse is. */
    private boolean draggingStart;
    private boolean dragging;
    private int dragY;
    private CompositeRuler ruler;
    private Canvas canvas;
    private EditorContent content;
    private LaneLayout lanes;
    private CodingSpan selected;
    private int laneWidth = 16;
    private int captionWidth = 18;
    private int shownLanes = 1;
    /** The coder whose codings these lanes show, written along the margin; null: no caption. */
    private String caption;
    private boolean hidden;

    CodingLanes(CodeColors colors, StyledText text, Function<CodingSpan, String> labels,
            Function<CodingSpan, String> descriptions, Consumer<CodingSpan> onClick, Resizer onResize, String widgetId) {
        this.widgetId = widgetId;
        this.colors = colors;
        this.text = text;
        this.labels = labels;
        this.descriptions = descriptions;
        this.onClick = onClick;
        this.onResize = onResize;
    }

    void show(EditorContent newContent, LaneLayout layout) {
        this.content = newContent;
        this.lanes = layout;
        if (canvas != null) {
            canvas.setData(WidgetIds.LANE_COUNT, layout.laneCount());
        }
        int width = getWidth();
        shownLanes = Math.max(1, Math.min(MAX_LANES, layout.laneCount()));
        relayoutIfWider(width);
        redraw();
    }

    /** Shows these lanes with a coder's name along them (null: no name), or hides them (they take no room). */
    void group(String coder, boolean shown) {
        int width = getWidth();
        caption = coder;
        hidden = !shown;
        if (canvas != null) {
            canvas.setData(WidgetIds.LANE_CAPTION, shown ? coder : null);
        }
        relayoutIfWider(width);
        redraw();
    }

    private void relayoutIfWider(int widthBefore) {
        if (getWidth() != widthBefore && ruler != null) {
            ruler.relayout();
        }
    }

    int laneCount() {
        return lanes == null ? 0 : lanes.laneCount();
    }

    void select(CodingSpan span) {
        this.selected = span;
        if (canvas != null && content != null) {
            canvas.setData(WidgetIds.SELECTED_LANE, span == null ? null : boundsOf(span));
        }
        redraw();
    }

    @Override
    public Control createControl(CompositeRuler parentRuler, Composite parentControl) {
        this.ruler = parentRuler;
        canvas = WidgetIds.tag(new Canvas(parentControl, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED), widgetId);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && startDraggingAnEnd(e.x, e.y)) {
                return;
            }
            CodingSpan hit = codingAt(e.x, e.y);
            if (hit != null && e.button == 1) {
                onClick.accept(hit);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> finishDragging(e.y));
        canvas.addMouseMoveListener(this::showTooltip);
        return canvas;
    }

    @Override
    public void redraw() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    @Override
    public void setModel(IAnnotationModel model) {
        // Lanes come from the codings themselves, not from an annotation model.
    }

    @Override
    public void setFont(Font font) {
        GC gc = new GC(text);
        try {
            captionWidth = gc.getFontMetrics().getHeight() + 6;
            laneWidth = gc.getFontMetrics().getHeight() + BAR + 4;
        } finally {
            gc.dispose();
        }
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public int getWidth() {
        if (hidden) {
            return 0;
        }
        return shownLanes * laneWidth + 4 + (caption == null ? 0 : captionWidth);
    }

    /** The codings drawn in the lanes now, for tests and for finding a click. */
    List<CodingSpan> visibleCodings() {
        if (content == null || hidden) {
            return List.of();
        }
        int top = JFaceTextUtil.getPartialTopIndex(text);
        int bottom = Math.min(JFaceTextUtil.getPartialBottomIndex(text), text.getLineCount() - 1);
        int from = content.positions().toCodePoint(text.getOffsetAtLine(Math.max(0, top)));
        int lastLineEnd = bottom + 1 < text.getLineCount() ? text.getOffsetAtLine(bottom + 1) : text.getCharCount();
        int to = content.positions().toCodePoint(lastLineEnd);
        return content.codings().overlapping(from, Math.max(to, from + 1));
    }

    /** The pixel rectangle of a coding's lane, in this margin's coordinates. */
    Rectangle boundsOf(CodingSpan span) {
        int lane = lanes.laneOf(span);
        if (lane < 0 || lane >= shownLanes) {
            return null;
        }
        Rectangle area = canvas.getClientArea();
        int x = area.width - 2 - (lane + 1) * laneWidth;
        int startOffset = content.positions().toUtf16(span.start());
        int lastOffset = Math.max(startOffset, content.positions().toUtf16(span.end()) - 1);
        int top = Math.max(-2, text.getLocationAtOffset(startOffset).y);
        int bottom = Math.min(area.height + 2, text.getLocationAtOffset(lastOffset).y + text.getLineHeight(lastOffset));
        return new Rectangle(x, top, laneWidth, Math.max(bottom - top, 2));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(text.getBackground());
        gc.fillRectangle(area);
        if (content == null || lanes == null || hidden) {
            return;
        }
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (caption != null) {
            paintCaption(gc, area);
        }
        Rectangle selectedLane = null;
        for (CodingSpan span : visibleCodings()) {
            Rectangle lane = boundsOf(span);
            if (lane != null) {
                paintLane(gc, span, lane);
                if (selected != null && span.coding() == selected.coding()) {
                    selectedLane = lane;
                }
            }
        }
        canvas.setData(WidgetIds.SELECTED_LANE, selectedLane);
        if (dragging) {
            gc.setForeground(text.getForeground());
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(0, dragY, area.width, dragY); // where the end will land
        }
    }

    private void paintLane(GC gc, CodingSpan span, Rectangle lane) {
        boolean isSelected = selected != null && selected.coding() == span.coding();
        int barX = lane.x + lane.width - BAR - 2;
        gc.setBackground(colors.solid(span.code()));
        gc.fillRectangle(barX, lane.y + 1, isSelected ? BAR + 2 : BAR, lane.height - 2);
        gc.fillRectangle(barX - 3, lane.y + 1, 3, 2); // ends of a bracket, so adjoining codings stay apart
        gc.fillRectangle(barX - 3, lane.y + lane.height - 3, 3, 2);
        if (span.coding().getMemo() != null && !span.coding().getMemo().isBlank()) {
            gc.setBackground(text.getForeground());
            gc.fillOval(barX - 1, lane.y + 4, BAR + 2, BAR + 2);
        }
        paintLabel(gc, labels.apply(span), lane, isSelected, barX);
    }

    /** The coder's name written upwards along the outer edge, at the top of what is visible, and a line beside it. */
    private void paintCaption(GC gc, Rectangle area) {
        gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(captionWidth - 2, 0, captionWidth - 2, area.height);
        Font plain = gc.getFont();
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        gc.setFont(bold);
        int length = gc.textExtent(caption).x;
        Transform along = new Transform(canvas.getDisplay());
        try {
            along.translate(1, Math.min(area.height - 4, length + 8));
            along.rotate(-90);
            gc.setTransform(along);
            gc.setForeground(text.getForeground());
            gc.drawText(caption, 0, 0, true);
        } finally {
            gc.setTransform(null);
            gc.setFont(plain);
            along.dispose();
        }
    }

    private void paintLabel(GC gc, String label, Rectangle lane, boolean isSelected, int barX) {
        int visibleTop = Math.max(lane.y, 0);
        int visibleBottom = Math.min(lane.y + lane.height, canvas.getClientArea().height);
        int room = visibleBottom - visibleTop - 6;
        if (room < MIN_LABEL_ROOM) {
            return; // a few clipped letters say nothing; the hover names the code
        }
        int x = barX - gc.getFontMetrics().getHeight() - 2;
        int y = visibleBottom - 3;
        Transform along = new Transform(canvas.getDisplay());
        try {
            // Clipped before the rotation, to the same rectangle in the canvas's coordinates: under a
            // rotation GC.setClipping makes a polygon region, which GTK builds from a whole-canvas image.
            gc.setClipping(x, y - room, lane.width, room);
            // Written upwards along the lane, starting at its lowest visible point.
            along.translate(x, y);
            along.rotate(-90);
            gc.setTransform(along);
            gc.setForeground(isSelected ? text.getForeground() : text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(label, 0, 0, true);
        } finally {
            gc.setTransform(null);
            gc.setClipping((Rectangle) null);
            along.dispose();
        }
    }

    private CodingSpan codingAt(int x, int y) {
        CodingSpan best = null;
        for (CodingSpan span : visibleCodings()) {
            Rectangle lane = boundsOf(span);
            if (lane != null && lane.contains(x, y) && (best == null || span.length() < best.length())) {
                best = span;
            }
        }
        return best;
    }

    /** A press on the top or bottom end of the selected coding's lane starts moving that end. */
    private boolean startDraggingAnEnd(int x, int y) {
        Rectangle lane = selected == null ? null : boundsOf(selected);
        if (lane == null || x < lane.x || x >= lane.x + lane.width) {
            return false;
        }
        boolean nearTop = Math.abs(y - lane.y) <= END_GRIP;
        boolean nearBottom = Math.abs(y - (lane.y + lane.height)) <= END_GRIP;
        if (!nearTop && !nearBottom) {
            return false;
        }
        dragging = true;
        draggingStart = nearTop;
        dragY = y;
        return true;
    }

    /** The end lands at the start (or end) of the line let go on; finer steps are on the keyboard. */
    private void finishDragging(int y) {
        if (!dragging) {
            return;
        }
        dragging = false;
        redraw();
        int line = text.getLineIndex(Math.max(0, Math.min(y, canvas.getClientArea().height - 1)));
        int lineStart = text.getOffsetAtLine(line);
        int lineEnd = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
        int position = content.positions().toCodePoint(draggingStart ? lineStart : Math.max(lineStart, lineEnd));
        int start = draggingStart ? Math.min(position, selected.end() - 1) : selected.start();
        int end = draggingStart ? selected.end() : Math.max(position, selected.start() + 1);
        if (start != selected.start() || end != selected.end()) {
            onResize.resize(selected, start, end);
        }
    }

    private void showTooltip(MouseEvent e) {
        if (dragging) {
            dragY = e.y;
            redraw();
            return;
        }
        Rectangle lane = selected == null ? null : boundsOf(selected);
        boolean onAnEnd = lane != null && lane.contains(e.x, e.y)
                && (Math.abs(e.y - lane.y) <= END_GRIP || Math.abs(e.y - lane.y - lane.height) <= END_GRIP);
        canvas.setCursor(onAnEnd ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
        CodingSpan hit = codingAt(e.x, e.y);
        String tip = hit == null ? null : descriptions.apply(hit);
        if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }
}
