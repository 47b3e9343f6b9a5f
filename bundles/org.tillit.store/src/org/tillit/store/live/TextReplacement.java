package org.tillit.store.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.osgi.util.NLS;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.text.TextLayout;
import org.tillit.model.text.TextPositions;
import org.tillit.model.text.TranscriptTurns;
import org.tillit.store.CodingOrder;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextEdit;
import org.tillit.store.TextEdit.MovedCoding;
import org.tillit.store.TextEdit.RemovedCoding;
import org.tillit.store.l10n.Messages;

/**
 * One replacement in a document's text and what it does to the model, whatever the database: the
 * new text, length and structure (derived again as the importer derives it), and each coding's
 * new range. A store applies it to the model ({@link #applyToCodings}, then {@link #applyStructure}
 * for the final text) and writes the same to its database: every coding from {@link #shiftedFrom()}
 * on moved by {@link #delta()}, the {@link #resized()} codings' new ranges, the {@link #removed()}
 * codings deleted, and the text.
 */
public final class TextReplacement {

    private final Document document;
    private final int start;
    private final int end;
    private final String replacement;
    private final String replaced;
    private final String newText;
    private final int delta;
    private final List<MovedCoding> shifted = new ArrayList<>();
    private final List<MovedCoding> resized = new ArrayList<>();
    private final List<RemovedCoding> removed = new ArrayList<>();
    /** New ranges of the resized codings, in the order of {@link #resized}. */
    private final List<int[]> newRanges = new ArrayList<>();

    private TextReplacement(Document document, String text, int start, int end, String replacement)
            throws ProjectStoreException {
        int length = TextPositions.codePointLength(text);
        if (start < 0 || end < start || end > length) {
            throw new ProjectStoreException(NLS.bind(Messages.EditOutside,
                    new Object[] { start, end, document.getName(), length }));
        }
        this.document = document;
        this.start = start;
        this.end = end;
        this.replacement = replacement;
        int from = TextPositions.toUtf16(text, start);
        int to = text.offsetByCodePoints(from, end - start);
        this.replaced = text.substring(from, to);
        this.newText = text.substring(0, from) + replacement + text.substring(to);
        this.delta = TextPositions.codePointLength(replacement) - (end - start);
        for (Coding coding : document.getCodings()) {
            plan(coding, text, from);
        }
    }

    /** Plans the replacement of [start, end) of the document's current text. */
    public static TextReplacement plan(Document document, String text, int start, int end, String replacement)
            throws ProjectStoreException {
        return new TextReplacement(document, text, start, end, replacement == null ? "" : replacement);
    }

    private void plan(Coding coding, String text, int fromUtf16) {
        int a = coding.getStart();
        int b = coding.getEnd();
        int insertedEnd = end + delta; // where the replacement ends in the new text
        if (b <= start) {
            return; // before the edit (an insertion right after a coding does not join it)
        }
        if (a >= end) {
            if (delta != 0) {
                shifted.add(new MovedCoding(coding, a, b));
            }
            return; // after it (an insertion right before a coding does not join it either)
        }
        int newStart;
        int newEnd;
        if (a <= start && b >= end) {
            newStart = a;
            newEnd = b + delta; // holds the edit: grows or shrinks with it
        } else if (a < start) {
            newStart = a;
            newEnd = start; // overlaps the start: keeps its text before the edit
        } else if (b > end) {
            newStart = insertedEnd;
            newEnd = b + delta; // overlaps the end: keeps its text after the edit
        } else {
            newStart = newEnd = 0; // inside: its text is gone
        }
        if (newEnd <= newStart) {
            int from = text.offsetByCodePoints(fromUtf16, a - start);
            removed.add(new RemovedCoding(coding, text.substring(from, text.offsetByCodePoints(from, b - a))));
        } else if (newStart != a || newEnd != b) {
            resized.add(new MovedCoding(coding, a, b));
            newRanges.add(new int[] { newStart, newEnd });
        }
    }

    public Document document() {
        return document;
    }

    public String newText() {
        return newText;
    }

    /** Codings that start at or after this old position move by {@link #delta()}. */
    public int shiftedFrom() {
        return end;
    }

    /** Whether codings start after the edit and move (by {@link #delta()}). */
    public boolean shiftsCodings() {
        return !shifted.isEmpty();
    }

    public int delta() {
        return delta;
    }

    public List<Coding> resized() {
        return resized.stream().map(MovedCoding::coding).toList();
    }

    public List<Coding> removed() {
        return removed.stream().map(RemovedCoding::coding).toList();
    }

    /**
     * Changes the codings in the model (in place, then put in text order by moves, so every change
     * is journaled). Call inside a unit of work, then {@link #applyStructure} once for the text.
     *
     * @return the edit, for the caller to show and to undo
     */
    public TextEdit applyToCodings() {
        for (MovedCoding moved : shifted) {
            moved.coding().setStart(moved.oldStart() + delta);
            moved.coding().setEnd(moved.oldEnd() + delta);
        }
        for (int i = 0; i < resized.size(); i++) {
            resized.get(i).coding().setStart(newRanges.get(i)[0]);
            resized.get(i).coding().setEnd(newRanges.get(i)[1]);
        }
        EList<Coding> codings = document.getCodings();
        if (!removed.isEmpty()) {
            codings.removeAll(removed());
        }
        if (!resized.isEmpty()) {
            inTextOrder(codings);
        }
        List<MovedCoding> moved = new ArrayList<>(resized);
        moved.addAll(shifted);
        return new TextEdit(document, start, end, replaced, replacement, moved, removed);
    }

    /** Gives the document the length, lines, paragraphs and turns of its new text, derived as at import. */
    public static void applyStructure(Document document, String text) {
        document.setLength(TextPositions.codePointLength(text));
        replace(document.getLineStarts(), TextLayout.lineStarts(text));
        replace(document.getParagraphStarts(), TextLayout.paragraphStarts(text));
        document.getTurns().clear();
        document.getTurns().addAll(TranscriptTurns.find(text));
    }

    private static void replace(EList<Integer> list, List<Integer> values) {
        if (!list.equals(values)) {
            list.clear();
            list.addAll(values);
        }
    }

    /** Puts the codings in text order with moves: only the few that a clip moved are out of place. */
    private static void inTextOrder(EList<Coding> codings) {
        List<Coding> sorted = new ArrayList<>(codings);
        sorted.sort(CodingOrder.IN_TEXT);
        for (int i = 0; i < sorted.size(); i++) {
            if (codings.get(i) != sorted.get(i)) {
                codings.move(i, sorted.get(i));
            }
        }
    }
}
