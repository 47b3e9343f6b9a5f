package org.tillit.ui.retrieval;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.results.Column;
import org.tillit.ui.results.ResultsPane;

/** The columns of the retrieval table: the segment's own fields, then one per attribute of the project. */
public final class SegmentColumns {

    private SegmentColumns() {
    }

    /** The columns for this project's attributes, named as the query layer names a segment's attributes. */
    public static List<Column<Segment>> of(ProjectStore store) {
        return of(store.read(project -> {
            Language language = Language.fromTag(project.getLanguage());
            return project.getAttributeDefinitions().stream().map(d -> Labels.name(d, language)).toList();
        }));
    }

    /** Where a segment stands in the context it was retrieved with (its own text without one). */
    public static ResultsPane.Placed placed(Segment segment) {
        return new ResultsPane.Placed(segment.context() == null ? segment.text() : segment.context(), segment.startInContext(),
                segment.characters());
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
