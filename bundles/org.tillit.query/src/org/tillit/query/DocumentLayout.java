package org.tillit.query;

import java.util.List;

import org.tillit.model.Document;
import org.tillit.model.Turn;

/**
 * A document's lines, paragraphs and speaker turns as arrays, copied under the store's lock, for
 * finding the line, paragraph or turn of a position by binary search.
 */
final class DocumentLayout {

    private final int length;
    private final int[] lineStarts;
    private final int[] paragraphStarts;
    private final int[] turnStarts;
    private final int[] turnEnds;
    private final String[] speakers;

    DocumentLayout(Document document) {
        length = document.getLength();
        lineStarts = ints(document.getLineStarts());
        paragraphStarts = ints(document.getParagraphStarts());
        List<Turn> turns = document.getTurns();
        turnStarts = new int[turns.size()];
        turnEnds = new int[turns.size()];
        speakers = new String[turns.size()];
        for (int i = 0; i < turns.size(); i++) {
            turnStarts[i] = turns.get(i).getStart();
            turnEnds[i] = turns.get(i).getEnd();
            speakers[i] = turns.get(i).getSpeaker();
        }
    }

    private static int[] ints(List<Integer> values) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    /** The index of the last start at or before the position; -1 before the first. */
    static int indexAt(int[] starts, int position) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    int length() {
        return length;
    }

    /** The 1-based line of a position. */
    int line(int position) {
        return Math.max(1, indexAt(lineStarts, position) + 1);
    }

    /** The paragraph index of a position (the one before it when in an empty line); -1 before the first. */
    int paragraph(int position) {
        return indexAt(paragraphStarts, position);
    }

    int paragraphStart(int index) {
        return index < 0 ? 0 : paragraphStarts[index];
    }

    /** Where the paragraph ends: the start of the next one, or the end of the text. */
    int paragraphEnd(int index) {
        return index + 1 < paragraphStarts.length ? paragraphStarts[index + 1] : length;
    }

    /** The turn holding the position, or -1 when it is in none. */
    int turn(int position) {
        int index = indexAt(turnStarts, position);
        return index >= 0 && position < Math.max(turnEnds[index], turnStarts[index] + 1) ? index : -1;
    }

    int turnStart(int index) {
        return turnStarts[index];
    }

    int turnEnd(int index) {
        return turnEnds[index];
    }

    int turnCount() {
        return turnStarts.length;
    }

    /** The speaker at the position, or null outside the turns (a text that is no transcript). */
    String speakerAt(int position) {
        int turn = turn(position);
        return turn < 0 ? null : speakers[turn];
    }

    String speaker(int turn) {
        return speakers[turn];
    }
}
