package org.tillit.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.tillit.model.Code;
import org.tillit.model.coding.CodingSpan;
import org.tillit.ui.coding.EditorContent.TurnSpan;

/**
 * Styles each line as the text widget paints it, from the interval index: only painted lines are
 * styled, so a long, densely coded text opens fast and a change restyles only its lines. Behind
 * the text is the colour of the most specific coding; where codes meet it is a shade darker and the
 * text is underlined in the next code's colour (twice for three or more). Speaker labels are bold, the
 * interviewer's turns can be dimmed.
 */
final class CodingStyles implements LineStyleListener {

    private final CodeColors colors;
    private final Color dimmed;
    private EditorContent content;
    private Predicate<Code> shown = code -> true;
    private boolean dimInterviewer;

    CodingStyles(CodeColors colors, Color dimmed) {
        this.colors = colors;
        this.dimmed = dimmed;
    }

    void show(EditorContent newContent) {
        this.content = newContent;
    }

    void showOnly(Predicate<Code> codes) {
        this.shown = codes;
    }

    void dimInterviewer(boolean dim) {
        this.dimInterviewer = dim;
    }

    boolean isShown(CodingSpan span) {
        return shown.test(span.code());
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        if (content == null || event.lineText.isEmpty()) {
            return;
        }
        int lineStart = content.positions().toCodePoint(event.lineOffset);
        int lineEnd = content.positions().toCodePoint(event.lineOffset + event.lineText.length());
        List<CodingSpan> codings = content.codings().overlapping(lineStart, lineEnd).stream().filter(this::isShown)
                .toList();
        List<StyleRange> styles = new ArrayList<>();
        for (int[] piece : pieces(lineStart, lineEnd, codings)) {
            StyleRange style = styleFor(piece[0], piece[1], codings);
            if (style != null) {
                styles.add(style);
            }
        }
        event.styles = styles.toArray(StyleRange[]::new);
    }

    /** The line cut where any coding, turn label or turn starts or ends. */
    private List<int[]> pieces(int lineStart, int lineEnd, List<CodingSpan> codings) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(lineStart);
        cuts.add(lineEnd);
        for (CodingSpan span : codings) {
            addCut(cuts, span.start(), lineStart, lineEnd);
            addCut(cuts, span.end(), lineStart, lineEnd);
        }
        for (TurnSpan turn : turnsOn(lineStart, lineEnd)) {
            addCut(cuts, turn.start(), lineStart, lineEnd);
            addCut(cuts, turn.labelEnd(), lineStart, lineEnd);
            addCut(cuts, turn.end(), lineStart, lineEnd);
        }
        List<int[]> pieces = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                pieces.add(new int[] { previous, cut });
            }
            previous = cut;
        }
        return pieces;
    }

    private static void addCut(TreeSet<Integer> cuts, int position, int lineStart, int lineEnd) {
        if (position > lineStart && position < lineEnd) {
            cuts.add(position);
        }
    }

    private StyleRange styleFor(int from, int to, List<CodingSpan> codings) {
        List<CodingSpan> covering = new ArrayList<>();
        for (CodingSpan span : codings) {
            if (span.start() <= from && span.end() >= to) {
                covering.add(span);
            }
        }
        covering.sort((a, b) -> Integer.compare(a.length(), b.length()));
        TurnSpan turn = turnAt(from);
        boolean label = turn != null && from < turn.labelEnd();
        boolean dim = dimInterviewer && turn != null && turn.interviewer();
        if (covering.isEmpty() && !label && !dim) {
            return null;
        }
        StyleRange style = new StyleRange();
        int start = content.positions().toUtf16(from);
        style.start = start;
        style.length = content.positions().toUtf16(to) - start;
        if (!covering.isEmpty()) {
            Code first = covering.get(0).code();
            style.background = covering.size() == 1 ? colors.tint(first) : colors.overlap(first);
            if (covering.size() > 1) {
                style.underline = true;
                style.underlineStyle = covering.size() > 2 ? SWT.UNDERLINE_DOUBLE : SWT.UNDERLINE_SINGLE;
                style.underlineColor = colors.solid(covering.get(1).code());
            }
        }
        if (label) {
            style.fontStyle = SWT.BOLD;
        }
        if (dim) {
            style.foreground = dimmed;
        }
        return style;
    }

    private List<TurnSpan> turnsOn(int lineStart, int lineEnd) {
        List<TurnSpan> turns = content.turns();
        int low = 0;
        int high = turns.size();
        while (low < high) { // the first turn ending after the line's start
            int middle = (low + high) >>> 1;
            if (turns.get(middle).end() <= lineStart) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<TurnSpan> found = new ArrayList<>();
        for (int i = low; i < turns.size() && turns.get(i).start() < lineEnd; i++) {
            found.add(turns.get(i));
        }
        return found;
    }

    private TurnSpan turnAt(int position) {
        List<TurnSpan> turns = content.turns();
        int low = 0;
        int high = turns.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            TurnSpan turn = turns.get(middle);
            if (position < turn.start()) {
                high = middle - 1;
            } else if (position >= turn.end()) {
                low = middle + 1;
            } else {
                return turn;
            }
        }
        return null;
    }
}
