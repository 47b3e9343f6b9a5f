package org.tillit.model.coding;

import org.tillit.model.Code;
import org.tillit.model.Coding;

/**
 * A coding as a view holds it: copied under the store's read lock, so its range and code stay as
 * they were when read while the live model moves on. Positions are code points, end exclusive.
 */
public record CodingSpan(Coding coding, Code code, int start, int end) {

    public static CodingSpan of(Coding coding) {
        return new CodingSpan(coding, coding.getCode(), coding.getStart(), coding.getEnd());
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return start < to && end > from;
    }

    public boolean contains(int position) {
        return start <= position && position < end;
    }
}
