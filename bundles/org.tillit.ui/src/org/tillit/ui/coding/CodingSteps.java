package org.tillit.ui.coding;

import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.coding.CodingSpan;

/** Going from coding to coding in text order (Alt+Down/Up), from the selected one or the caret. */
final class CodingSteps {

    private CodingSteps() {
    }

    /**
     * The coding after (or before) the selected one, or else the caret; with sameCode only codings
     * of the selected coding's code. Null when there is none that way.
     */
    static CodingSpan next(List<CodingSpan> inTextOrder, CodingSpan selected, int caret, boolean forward,
            boolean sameCode) {
        Code code = sameCode && selected != null ? selected.code() : null;
        List<CodingSpan> candidates = inTextOrder.stream().filter(s -> code == null || s.code() == code).toList();
        int at = selected == null ? -1 : indexOf(candidates, selected);
        if (at >= 0) {
            int index = at + (forward ? 1 : -1);
            return index >= 0 && index < candidates.size() ? candidates.get(index) : null;
        }
        CodingSpan next = null;
        for (CodingSpan span : candidates) {
            if (forward && span.start() > caret) {
                return span;
            }
            if (!forward && span.start() < caret) {
                next = span;
            }
        }
        return next;
    }

    private static int indexOf(List<CodingSpan> spans, CodingSpan wanted) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).coding() == wanted.coding()) {
                return i;
            }
        }
        return -1;
    }
}
