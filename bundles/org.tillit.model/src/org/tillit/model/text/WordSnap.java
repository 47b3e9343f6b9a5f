package org.tillit.model.text;

/**
 * Widens a selection to whole words, as researchers code: a selection that starts or ends inside
 * a word takes all of it, spaces at either end are dropped, and an empty selection inside a word
 * takes that word. Letters of any script (Swedish å, ä, ö; CJK, also outside the BMP), digits and
 * combining marks make words; an apostrophe or hyphen between two of them joins them ("Anna-Karin",
 * "it's"). A line break is never crossed unless the selection already held it.
 */
public final class WordSnap {

    private WordSnap() {
    }

    /** The selection [start, end) in code points, snapped to whole words. */
    public static TextRange snap(String text, int start, int end) {
        int length = TextPositions.codePointLength(text);
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException("selection " + start + "-" + end + " is outside 0-" + length);
        }
        Cursor from = new Cursor(text, start, TextPositions.toUtf16(text, start));
        Cursor to = new Cursor(text, end, text.offsetByCodePoints(from.utf16, end - start));
        while (from.utf16 < to.utf16 && Character.isWhitespace(from.after())) {
            from.forward();
        }
        while (to.utf16 > from.utf16 && Character.isWhitespace(to.before())) {
            to.back();
        }
        if (from.utf16 == to.utf16 && start != end) {
            return new TextRange(from.codePoint, from.codePoint); // only spaces were selected
        }
        if (start == end && !insideWord(text, from.utf16)) {
            if (from.utf16 < text.length() && isWordChar(from.after())) {
                to.forward();
            } else if (from.utf16 > 0 && isWordChar(from.before())) {
                from.back();
            } else {
                return new TextRange(from.codePoint, from.codePoint);
            }
        }
        while (from.utf16 > 0 && insideWord(text, from.utf16)) {
            from.back();
        }
        while (to.utf16 < text.length() && insideWord(text, to.utf16)) {
            to.forward();
        }
        return new TextRange(from.codePoint, to.codePoint);
    }

    /** Whether the boundary at the UTF-16 index lies inside a word (its two sides belong together). */
    static boolean insideWord(String text, int utf16) {
        if (utf16 <= 0 || utf16 >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(utf16);
        int after = text.codePointAt(utf16);
        if (isMark(after)) {
            return !Character.isWhitespace(before) && !Character.isISOControl(before);
        }
        if (isWordChar(before) && isWordChar(after)) {
            return true;
        }
        if (isJoiner(after) && isWordChar(before)) {
            int next = utf16 + Character.charCount(after);
            return next < text.length() && isWordChar(text.codePointAt(next));
        }
        if (isJoiner(before) && isWordChar(after)) {
            int previous = utf16 - Character.charCount(before);
            return previous > 0 && isWordChar(text.codePointBefore(previous));
        }
        return false;
    }

    /** Letters, digits and combining marks (which belong to the letter before them). */
    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Apostrophes and hyphens, which join words only between word characters. */
    private static boolean isJoiner(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '-' || codePoint == '\u2010'
                || codePoint == '\u2011';
    }

    /** A position as code points and as a UTF-16 index, moved one code point at a time. */
    private static final class Cursor {
        private final String text;
        int codePoint;
        int utf16;

        Cursor(String text, int codePoint, int utf16) {
            this.text = text;
            this.codePoint = codePoint;
            this.utf16 = utf16;
        }

        int after() {
            return text.codePointAt(utf16);
        }

        int before() {
            return text.codePointBefore(utf16);
        }

        void forward() {
            utf16 += Character.charCount(after());
            codePoint++;
        }

        void back() {
            utf16 -= Character.charCount(before());
            codePoint--;
        }
    }
}
