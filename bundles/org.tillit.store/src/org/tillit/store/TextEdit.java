package org.tillit.store;

import java.util.List;

import org.tillit.model.Coding;
import org.tillit.model.Document;

/**
 * What {@link ProjectStore#replaceText} did: code points [start, end) of the document's text,
 * which held {@code replaced}, now hold {@code replacement}; the codings whose range changed, with
 * their range before; and the codings whose whole text was deleted, removed with what they covered.
 */
public record TextEdit(Document document, int start, int end, String replaced, String replacement,
        List<MovedCoding> movedCodings, List<RemovedCoding> removedCodings) {

    /** A coding that was shifted, grown, shrunk or clipped; its range before the edit. */
    public record MovedCoding(Coding coding, int oldStart, int oldEnd) {
    }

    /** A coding whose text the edit deleted; it keeps its old range, and the text it covered. */
    public record RemovedCoding(Coding coding, String text) {
    }

    public TextEdit {
        movedCodings = List.copyOf(movedCodings);
        removedCodings = List.copyOf(removedCodings);
    }

    /** The end of the replacement in the new text (code points). */
    public int replacementEnd() {
        return start + replacement.codePointCount(0, replacement.length());
    }
}
