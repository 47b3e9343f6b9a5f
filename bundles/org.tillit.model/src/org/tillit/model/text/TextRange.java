package org.tillit.model.text;

import org.tillit.model.Turn;

/**
 * A range of a stored plain text in code points from 0, end exclusive: what the coding editor
 * codes when the user asks for a word, sentence, paragraph, turn or the whole document.
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + "-" + end);
        }
    }

    /** The range a speaker turn covers. */
    public static TextRange of(Turn turn) {
        return new TextRange(turn.getStart(), turn.getEnd());
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }
}
