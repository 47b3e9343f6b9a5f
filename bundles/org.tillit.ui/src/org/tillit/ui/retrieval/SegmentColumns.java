package org.tillit.ui.retrieval;

import java.util.ArrayList;
import java.util.List;

import org.tillit.query.Segment;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.results.Column;

/** The columns of the retrieval table: the segment's own fields, then one per attribute of the project. */
final class SegmentColumns {

    private SegmentColumns() {
    }

    static List<Column<Segment>> of(List<String> attributeNames) {
        List<Column<Segment>> all = new ArrayList<>(List.of(
                Column.text(Messages.Retrieval_document, 150, Segment::documentName),
                Column.text(Messages.Retrieval_case, 90, s -> String.join(", ", s.cases())),
                Column.text(Messages.Retrieval_code, 150, Segment::codePath),
                Column.text(Messages.Retrieval_text, 380, s -> Column.oneLine(s.text())),
                new Column<>(Messages.Retrieval_lines, 60, SegmentColumns::lines,
                        s -> ((long) s.startLine() << Integer.SIZE) + s.endLine()),
                Column.text(Messages.Retrieval_coder, 80, s -> Column.orEmpty(s.coder())),
                Column.text(Messages.Retrieval_speaker, 70, s -> Column.orEmpty(s.speaker()))));
        for (String name : attributeNames) {
            all.add(Column.text(name, 90, s -> Column.orEmpty(s.attributes().get(name))));
        }
        return List.copyOf(all);
    }

    /** "12" for one line, "12–14" for several. */
    static String lines(Segment segment) {
        return segment.startLine() == segment.endLine() ? Integer.toString(segment.startLine())
                : segment.startLine() + "–" + segment.endLine();
    }
}
