package org.tillit.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.tillit.benchmarks.Figures;
import org.tillit.benchmarks.Heap;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.ui.coding.CodingEditor;
import org.tillit.ui.coding.EditorContent;

/**
 * The coding editor's figures for one transcript: open to first paint, apply a code and undo it
 * to the repaint, page-down through the whole text, and (for the largest) the heap of the open
 * document. "Repaint" ends when the text widget's paint has run (see
 * {@link EditorWindow#awaitTextPaint()}); the lanes and the overview paint in the events after it,
 * timed apart as "idle" (no event left).
 */
final class EditorMeasurements {

    private static final int REOPENS = 5;
    private static final int WARMUP = 20;
    private static final int MEASURED = 100;
    private static final int MAX_PAGES = 100_000;

    private final Display display;
    private final ProjectStore store;
    private final Figures figures;
    private final Random random;
    private final List<Code> codes;

    EditorMeasurements(Display display, ProjectStore store, Figures figures, Random random) {
        this.display = display;
        this.store = store;
        this.figures = figures;
        this.random = random;
        this.codes = EditorProject.codableCodes(store).subList(0, EditorProject.CODES);
    }

    /** Every figure of the document; a goal is NaN where the issue sets none (open: 300k only; heap: 1M only). */
    void measure(String size, Document document, double openGoalMs, double heapGoalMb) throws Exception {
        long before = Heap.usedAfterGc(); // before this document was first opened
        opening(size, document, openGoalMs);
        try (EditorWindow window = new EditorWindow(display)) {
            window.open(store, document);
            window.settle();
            if (!Double.isNaN(heapGoalMb)) {
                long open = Heap.usedAfterGc();
                figures.single(size + ": heap of the open document (after GC, minus before)", "MB",
                        (open - before) / 1048576.0, heapGoalMb);
                figures.single(size + ": heap used with the document open (absolute)", "MB", open / 1048576.0,
                        Double.NaN);
            }
            int codings = document.getCodings().size();
            paintFloor(size, window);
            applyAndUndo(size, window, document);
            assertEquals(codings, document.getCodings().size(), "every undo took its coding away again");
            assertEquals(codings, window.editor().content().codings().all().size(), "the editor shows them all");
            pageDown(size, window);
        }
    }

    private void opening(String size, Document document, double goalMs) throws Exception {
        Figures.Samples first = new Figures.Samples(1);
        Figures.Samples again = new Figures.Samples(REOPENS);
        for (int i = 0; i <= REOPENS; i++) {
            try (EditorWindow window = new EditorWindow(display)) {
                long t = System.nanoTime();
                window.open(store, document);
                (i == 0 ? first : again).add(System.nanoTime() - t);
            }
        }
        figures.single(size + ": open and first paint, first", "ms", first.firstMs(), goalMs);
        figures.timed(size + ": open and first paint, again (new shell each)", again, goalMs);
    }

    /**
     * The least a repaint costs here: a 20 x 20 px redraw to its paint, at a user's pace and back
     * to back, where GTK makes it wait for its next frame.
     */
    private void paintFloor(String size, EditorWindow window) throws Exception {
        StyledText text = window.text();
        for (int pace : new int[] { PaintTimings.PACE_MS, 0 }) {
            PaintTimings floor = new PaintTimings(MEASURED, pace);
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                floor.time(window, () -> text.redraw(text.getLeftMargin(), 40, 20, 20, false), i >= WARMUP);
            }
            figures.timed(size + ": floor: 20x20 px redraw to its paint, " + (pace > 0 ? "paced" : "back to back"),
                    floor.painted, floor.spread(), Double.NaN);
        }
    }

    /**
     * A code with no coding already covering the range: applying a code inside a coding of the same
     * code joins it and changes nothing on screen, so there would be no repaint to time.
     */
    private Code codeNotCovering(CodingEditor editor, int[] range) {
        int first = random.nextInt(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            Code candidate = codes.get((first + i) % codes.size());
            boolean covered = editor.content().codings().overlapping(range[0], range[1]).stream()
                    .anyMatch(span -> span.code() == candidate && span.start() <= range[0] && span.end() >= range[1]);
            if (!covered) {
                return candidate;
            }
        }
        return codes.get(first);
    }

    private void applyAndUndo(String size, EditorWindow window, Document document) throws Exception {
        StyledText text = window.text();
        text.setTopIndex(text.getLineCount() / 2); // mid-document, where codings overlap most
        window.settle();
        CodingEditor editor = window.editor();
        ProjectCommandStack stack = new ProjectCommandStack();
        PaintTimings apply = new PaintTimings(MEASURED);
        PaintTimings undo = new PaintTimings(MEASURED);
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            int[] range = visibleRange(window);
            editor.selectText(range[0], range[1]);
            window.settle();
            Code code = codeNotCovering(editor, range);
            apply.time(window, () -> {
                stack.execute(new ApplyCodeCommand(store, document, code, range[0], range[1]));
                editor.codingsChanged(editor.content().withCodingsFrom(store));
            }, i >= WARMUP);
            undo.time(window, () -> {
                stack.undo();
                editor.codingsChanged(editor.content().withCodingsFrom(store));
            }, i >= WARMUP);
        }
        figures.timed(size + ": apply a code to the repaint of the text", apply.painted, apply.spread(), 50);
        figures.timed(size + ": undo it to the repaint of the text", undo.painted, undo.spread(), 50);
        figures.note(apply.paintedCount(size + ": applies") + "; " + undo.paintedCount("undos"));
    }

    /** A range of 20 to 400 code points in what is on screen (code points, end exclusive). */
    private int[] visibleRange(EditorWindow window) {
        StyledText text = window.text();
        EditorContent content = window.editor().content();
        int top = content.positions().toCodePoint(offsetNear(text, 2, 1));
        int bottom = content.positions().toCodePoint(offsetNear(text, text.getClientArea().height - 2, -1));
        int length = Math.min(bottom - top - 1, 20 + random.nextInt(381));
        int start = top + random.nextInt(bottom - top - length);
        return new int[] { start, start + length };
    }

    /** The offset of the first character on a text line at or near the height (empty lines have none). */
    private static int offsetNear(StyledText text, int y, int step) {
        int lineHeight = text.getLineHeight();
        for (int at = y; at >= 0 && at < text.getClientArea().height; at += step * lineHeight) {
            int offset = text.getOffsetAtPoint(new Point(text.getLeftMargin() + 1, at));
            if (offset >= 0) {
                return offset;
            }
        }
        throw new IllegalStateException("no text on screen at " + y);
    }

    private void pageDown(String size, EditorWindow window) throws Exception {
        StyledText text = window.text();
        text.setTopIndex(0);
        text.setCaretOffset(0);
        window.settle();
        PaintTimings pages = new PaintTimings(MAX_PAGES);
        int[] topPixel = { -1 };
        // Only page-downs that scroll count (the last, which only moves the caret, paints no text).
        while (text.getCaretOffset() < text.getCharCount() && topPixel[0] != text.getTopPixel()
                && pages.painted.count() < MAX_PAGES) {
            topPixel[0] = text.getTopPixel();
            pages.time(window, () -> text.invokeAction(ST.PAGE_DOWN), () -> text.getTopPixel() != topPixel[0]);
        }
        Figures.Samples painted = pages.painted;
        figures.single(size + ": page-down to the repaint, average (" + painted.count() + " pages)", "ms",
                painted.meanMs(), String.format(Locale.ROOT, "median %.2f; CPU avg %.2f; idle avg %.1f",
                        painted.medianMs(), pages.cpu.meanMs(), pages.idle.meanMs()), 20);
        figures.single(size + ": page-down to the repaint, worst page", "ms", painted.maxMs(),
                String.format(Locale.ROOT, "p90 %.2f; CPU max %.2f", painted.percentileMs(90), pages.cpu.maxMs()),
                Double.NaN);
        figures.note(pages.paintedCount(size + ": page-downs"));
    }
}
