package org.tillit.model.text;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tillit.model.Document;
import org.tillit.model.Turn;

/**
 * The units a researcher codes at once, found from the structure stored with a document (line and
 * paragraph starts, speaker turns) and its text. Positions are code points from 0, end exclusive;
 * a position past the text counts as its last position. The document's structure is part of the
 * live model: read it under the store's lock ({@code ProjectStore.read}).
 */
public final class TextUnits {

    private TextUnits() {
    }

    /** The whole text of the document. */
    public static TextRange wholeDocument(Document document) {
        return new TextRange(0, document.getLength());
    }

    /**
     * The paragraph holding the position, without the blank lines and spaces around it; a position
     * in the blank lines after a paragraph belongs to it, one before the first to the first.
     */
    public static TextRange paragraphAt(Document document, String text, int codePoint) {
        List<Integer> starts = document.getParagraphStarts();
        if (starts.isEmpty()) {
            return new TextRange(0, 0);
        }
        int index = Math.max(0, TextLayout.numberAt(starts, codePoint) - 1);
        int start = starts.get(index);
        int end = index + 1 < starts.size() ? starts.get(index + 1) : document.getLength();
        return trimmed(text, start, end);
    }

    /** The speaker turn holding the position (up to the next turn); none before the first turn. */
    public static Optional<Turn> turnAt(Document document, int codePoint) {
        Turn found = null;
        for (Turn turn : document.getTurns()) {
            if (turn.getStart() > codePoint) {
                break;
            }
            found = turn;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The sentence holding the position, within its line (a transcript's line break ends what was
     * said), without surrounding spaces.
     */
    public static TextRange sentenceAt(String text, int codePoint) {
        int clipped = Math.min(codePoint, TextPositions.codePointLength(text));
        int at = TextPositions.toUtf16(text, clipped);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        if (line.isBlank()) {
            return new TextRange(clipped, clipped);
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(line);
        // The end of a line belongs to its last sentence.
        int relative = Math.min(at - lineStart, line.length() - 1);
        int end = sentences.following(relative);
        int start = sentences.preceding(relative + 1);
        int cpStart = TextPositions.toCodePoint(text, lineStart + start);
        int cpEnd = cpStart + Character.codePointCount(text, lineStart + start, lineStart + end);
        return trimmed(text, cpStart, cpEnd);
    }

    /** The range without whitespace at either end (code points). */
    static TextRange trimmed(String text, int start, int end) {
        int from = TextPositions.toUtf16(text, start);
        int to = text.offsetByCodePoints(from, end - start);
        int s = start;
        int e = end;
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
            s++;
        }
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
            e--;
        }
        return new TextRange(s, Math.max(s, e));
    }
}
