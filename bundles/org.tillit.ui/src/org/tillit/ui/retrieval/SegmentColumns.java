package org.tillit.ui.retrieval;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;

/** The columns of the retrieval table: the segment's own fields, then one per attribute of the project. */
public final class SegmentColumns {

    /**
     * One column: its header, how wide it starts, what it shows of a segment and the key it sorts by
     * (computed once per row and sort: a collator's comparison of 50,000 texts took over a second).
     */
    public record Column(String header, int width, Function<Segment, String> value,
            Function<Segment, ? extends Comparable<?>> sortKey) {

        /** A column sorted by what it shows, as a reader compares words (case and accents second). */
        Column(String header, int width, Function<Segment, String> value) {
            this(header, width, value, wordOrder(value));
        }
    }

    private final List<Column> columns;

    public SegmentColumns(List<String> attributeNames) {
        List<Column> all = new ArrayList<>(List.of(
                new Column(Messages.Retrieval_document, 150, Segment::documentName),
                new Column(Messages.Retrieval_case, 90, s -> String.join(", ", s.cases())),
                new Column(Messages.Retrieval_code, 150, Segment::codePath),
                new Column(Messages.Retrieval_text, 380, s -> oneLine(s.text())),
                new Column(Messages.Retrieval_lines, 60, SegmentColumns::lines,
                        s -> ((long) s.startLine() << Integer.SIZE) + s.endLine()),
                new Column(Messages.Retrieval_coder, 80, s -> orEmpty(s.coder())),
                new Column(Messages.Retrieval_speaker, 70, s -> orEmpty(s.speaker()))));
        for (String name : attributeNames) {
            all.add(new Column(name, 90, s -> orEmpty(s.attributes().get(name))));
        }
        columns = List.copyOf(all);
    }

    /** The columns for the project's attributes, named as the query layer names a segment's attributes. */
    public static SegmentColumns of(ProjectStore store) {
        return new SegmentColumns(store.read(project -> {
            Language language = Language.fromTag(project.getLanguage());
            return project.getAttributeDefinitions().stream().map(d -> Labels.name(d, language)).toList();
        }));
    }

    public List<Column> all() {
        return columns;
    }

    public int count() {
        return columns.size();
    }

    public Column get(int index) {
        return columns.get(index);
    }

    private static Function<Segment, CollationKey> wordOrder(Function<Segment, String> value) {
        Collator collator = Collator.getInstance();
        return segment -> collator.getCollationKey(value.apply(segment));
    }

    /** "12" for one line, "12–14" for several. */
    static String lines(Segment segment) {
        return segment.startLine() == segment.endLine() ? Integer.toString(segment.startLine())
                : segment.startLine() + "–" + segment.endLine();
    }

    /** A table row is one line high: line breaks inside a segment become spaces. */
    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
