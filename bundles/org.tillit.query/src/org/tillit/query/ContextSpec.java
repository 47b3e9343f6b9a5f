package org.tillit.query;

/** What text around a segment the user wants to read with it. */
public record ContextSpec(Kind kind, int characters) {

    public enum Kind {
        /** The segment alone. */
        NONE,
        /** A number of characters (code points) on each side. */
        CHARACTERS,
        /** The paragraph(s) the segment is in. */
        PARAGRAPH,
        /** The speaker turn(s) the segment is in; the paragraph in a text without turns. */
        TURN
    }

    public static final ContextSpec NONE = new ContextSpec(Kind.NONE, 0);
    public static final ContextSpec PARAGRAPH = new ContextSpec(Kind.PARAGRAPH, 0);
    public static final ContextSpec TURN = new ContextSpec(Kind.TURN, 0);

    public static ContextSpec characters(int around) {
        return new ContextSpec(Kind.CHARACTERS, around);
    }

    /** The range (code points) of the context of {@code [start, end)}. */
    int[] around(DocumentLayout layout, int start, int end) {
        int last = Math.max(start, end - 1);
        return switch (kind) {
            case NONE -> new int[] { start, end };
            case CHARACTERS -> new int[] { Math.max(0, start - characters), Math.min(layout.length(), end + characters) };
            case TURN -> {
                int first = layout.turn(start);
                int lastTurn = layout.turn(last);
                if (first >= 0 && lastTurn >= 0) {
                    yield new int[] { Math.min(start, layout.turnStart(first)), Math.max(end, layout.turnEnd(lastTurn)) };
                }
                yield paragraphs(layout, start, end, last);
            }
            case PARAGRAPH -> paragraphs(layout, start, end, last);
        };
    }

    private static int[] paragraphs(DocumentLayout layout, int start, int end, int last) {
        return new int[] { Math.min(start, layout.paragraphStart(layout.paragraph(start))),
                Math.max(end, layout.paragraphEnd(layout.paragraph(last))) };
    }
}
