package org.tillit.ui.coding;

import java.util.List;
import java.util.function.Predicate;

import org.tillit.model.Document;
import org.tillit.model.Turn;
import org.tillit.model.coding.CodingIntervals;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.text.CodePointIndex;
import org.tillit.model.text.Speakers;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * What a coding editor shows of one document, copied under the store's read lock (the threading
 * rule): its text with a code point index, its speaker turns and its codings.
 */
public record EditorContent(Document document, String text, CodePointIndex positions, List<TurnSpan> turns,
        CodingIntervals codings) {

    /** A speaker turn: the label ("Anna:") is emphasised, an interviewer's turn can be dimmed. */
    public record TurnSpan(String speaker, int start, int labelEnd, int end, boolean interviewer) {
    }

    public static EditorContent read(ProjectStore store, Document document) throws ProjectStoreException {
        String text = store.text(document);
        CodePointIndex positions = CodePointIndex.of(text);
        return store.read(project -> new EditorContent(document, text, positions, turns(document, text, positions),
                codingsOf(store, document)));
    }

    /** The same text and turns with the codings as they are now. */
    public EditorContent withCodingsFrom(ProjectStore store) {
        return store.read(project -> new EditorContent(document, text, positions, turns, codingsOf(store, document)));
    }

    /** The same document showing only the codings the filter keeps. */
    public EditorContent showingOnly(Predicate<CodingSpan> kept) {
        return new EditorContent(document, text, positions, turns, CodingIntervals.of(codings.all().stream().filter(kept).toList()));
    }

    public int length() {
        return positions.codePointLength();
    }

    private static CodingIntervals codingsOf(ProjectStore store, Document document) {
        return CodingIntervals.of(store.codingsIn(document).stream().map(CodingSpan::of).toList());
    }

    private static List<TurnSpan> turns(Document document, String text, CodePointIndex positions) {
        return document.getTurns().stream().map(turn -> span(turn, text, positions)).toList();
    }

    private static TurnSpan span(Turn turn, String text, CodePointIndex positions) {
        int start = turn.getStart();
        int end = Math.min(turn.getEnd(), positions.codePointLength());
        int from = positions.toUtf16(start);
        int colon = text.indexOf(':', from);
        int lineEnd = text.indexOf('\n', from);
        boolean labelOnLine = colon >= 0 && (lineEnd < 0 || colon < lineEnd) && colon - from < 80;
        int labelEnd = labelOnLine ? positions.toCodePoint(colon + 1) : start;
        return new TurnSpan(turn.getSpeaker(), start, Math.min(labelEnd, end), end,
                Speakers.isInterviewer(turn.getSpeaker()));
    }
}
