package org.tillit.model.coding;

import org.tillit.model.Code;
import org.tillit.model.Coding;

/**
 * A coding as a view holds it: copied under the store's read lock, so its range, code and coder's
 * name stay as they were when read while the live model moves on. Positions are code points, end
 * exclusive; the coder is null when the coding has none.
 */
public record CodingSpan(Coding coding, Code code, int start, int end, String coder) {

    public static CodingSpan of(Coding coding) {
        String coder = coding.getCoder() == null ? null : coding.getCoder().getName();
        return new CodingSpan(coding, coding.getCode(), coding.getStart(), coding.getEnd(), coder);
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
