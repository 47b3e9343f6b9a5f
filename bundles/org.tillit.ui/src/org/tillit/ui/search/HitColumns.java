package org.tillit.ui.search;

import java.util.List;

import org.tillit.query.Hit;
import org.tillit.ui.results.Column;

/**
 * The columns of the hits table: the hit between the words before and after it (a concordance:
 * the text before ends at the hit, aligned right, so the hits line up), then where it is.
 */
final class HitColumns {

    /**
     * How much context a row shows before and after the hit (the pane below shows all of it): NatTable
     * cuts a text too wide for its cell at the end, so the text before must fit its column to end at the hit.
     */
    private static final int SHOWN_BEFORE = 32;
    private static final int SHOWN_AFTER = 60;

    private HitColumns() {
    }

    static List<Column<Hit>> all() {
        return List.of(
                Column.text(Messages.Search_before, 270, HitColumns::before).rightAligned(),
                Column.text(Messages.Search_hit, 90, h -> Column.oneLine(h.text())),
                Column.text(Messages.Search_after, 260, HitColumns::after),
                Column.text(Messages.Search_document, 150, Hit::documentName),
                Column.text(Messages.Search_case, 90, h -> String.join(", ", h.cases())),
                new Column<>(Messages.Search_line, 50, h -> Integer.toString(h.line()), Hit::line),
                Column.text(Messages.Search_speaker, 60, h -> Column.orEmpty(h.speaker())));
    }

    /** The end of the context before the hit, on one line. */
    static String before(Hit hit) {
        if (hit.context() == null) {
            return "";
        }
        String context = hit.context();
        String text = Column.oneLine(context.substring(0, context.offsetByCodePoints(0, hit.startInContext())));
        return text.codePointCount(0, text.length()) <= SHOWN_BEFORE ? text
                : "…" + text.substring(text.offsetByCodePoints(text.length(), -SHOWN_BEFORE));
    }

    /** The start of the context after the hit, on one line. */
    static String after(Hit hit) {
        if (hit.context() == null) {
            return "";
        }
        String context = hit.context();
        String text = Column.oneLine(context.substring(context.offsetByCodePoints(0, hit.startInContext() + hit.characters())));
        return text.codePointCount(0, text.length()) <= SHOWN_AFTER ? text
                : text.substring(0, text.offsetByCodePoints(0, SHOWN_AFTER)) + "…";
    }
}
