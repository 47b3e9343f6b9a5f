package org.tillit.query;

/** How far an autocoded hit is widened before it is coded. */
public enum Extension {
    /** The hit itself. */
    NONE,
    /** The sentence around it (to . ! ? or the end of the line). */
    SENTENCE,
    /** Its paragraph. */
    PARAGRAPH,
    /** Its speaker turn (the paragraph in a text without turns). */
    TURN;

    /** The widened range of {@code [start, end)}, without white space at its ends. */
    int[] widen(IndexedText text, DocumentLayout layout, int start, int end) {
        int[] range = switch (this) {
            case NONE -> new int[] { start, end };
            case SENTENCE -> sentence(text, layout, start, end);
            case PARAGRAPH -> ContextSpec.PARAGRAPH.around(layout, start, end);
            case TURN -> ContextSpec.TURN.around(layout, start, end);
        };
        return trimmed(text, range[0], range[1]);
    }

    private static int[] sentence(IndexedText text, DocumentLayout layout, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text.codePointAt(from - 1)) && text.codePointAt(from - 1) != '\n') {
            from--;
        }
        from = afterSpeakerLabel(text, layout, from, start);
        int to = Math.max(end, start + 1);
        while (to < text.length() && text.codePointAt(to) != '\n' && !endsSentence(text.codePointAt(to - 1))) {
            to++;
        }
        return new int[] { from, Math.min(to, text.length()) };
    }

    /** A sentence at the start of a turn begins after "IP:", not with it. */
    private static int afterSpeakerLabel(IndexedText text, DocumentLayout layout, int from, int start) {
        int turn = layout.turn(from);
        if (turn < 0 || layout.turnStart(turn) != from) {
            return from;
        }
        for (int at = from; at < start; at++) {
            if (text.codePointAt(at) == ':') {
                return at + 1;
            }
        }
        return from;
    }

    private static boolean endsSentence(int codePoint) {
        return codePoint == '.' || codePoint == '!' || codePoint == '?';
    }

    private static int[] trimmed(IndexedText text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.codePointAt(to - 1))) {
            to--;
        }
        return from < to ? new int[] { from, to } : new int[] { start, end };
    }
}
