package org.tillit.ui.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.ui.WidgetIds;

/**
 * The quotes of one code and one group, one after another, each followed by its citation in grey.
 * One StyledText per cell rather than a widget per quote, so a matrix of hundreds of quotes stays
 * light; a double-click on a quote opens it.
 */
final class QuoteList {

    /** More quotes than this in one cell are counted, not shown: the view is for reading and choosing. */
    static final int MOST_SHOWN = 50;

    private static final Color CITATION = new Color(110, 110, 110);
    private static final Color EMPTY = new Color(150, 150, 150);

    private final StyledText text;
    private final List<Segment> shown = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    QuoteList(Composite parent, List<Segment> quotes, Consumer<Segment> onOpen) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        WidgetIds.tag(text, WidgetIds.QUOTE_MATRIX_CELL);
        text.setMargins(6, 4, 6, 4);
        text.setCaret(null); // read, not edited: a blinking caret in every cell distracts
        fill(quotes);
        text.addListener(SWT.MouseDoubleClick, e -> {
            Segment at = at(text.getCaretOffset());
            if (at != null) {
                onOpen.accept(at);
            }
        });
    }

    private void fill(List<Segment> quotes) {
        if (quotes.isEmpty()) {
            text.setText(Messages.QuoteMatrix_noQuotes);
            text.setStyleRange(new StyleRange(0, text.getCharCount(), EMPTY, null, SWT.ITALIC));
            return;
        }
        StringBuilder all = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        for (Segment quote : quotes.subList(0, Math.min(MOST_SHOWN, quotes.size()))) {
            if (!all.isEmpty()) {
                all.append("\n\n");
            }
            starts.add(all.length());
            shown.add(quote);
            all.append(quote.text().strip()).append('\n');
            int citationStart = all.length();
            all.append(Citations.of(quote));
            styles.add(new StyleRange(citationStart, all.length() - citationStart, CITATION, null, SWT.ITALIC));
            ends.add(all.length());
        }
        if (quotes.size() > MOST_SHOWN) {
            all.append("\n\n");
            int moreStart = all.length();
            all.append(NLS.bind(Messages.QuoteMatrix_more, quotes.size() - MOST_SHOWN));
            styles.add(new StyleRange(moreStart, all.length() - moreStart, EMPTY, null, SWT.ITALIC));
        }
        text.setText(all.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** The quote (with its citation) at this offset of the text, or null between or after them. */
    Segment at(int offset) {
        for (int i = 0; i < shown.size(); i++) {
            if (offset >= starts.get(i) && offset <= ends.get(i)) {
                return shown.get(i);
            }
        }
        return null;
    }

    /** The quotes shown, in order. */
    List<Segment> shown() {
        return List.copyOf(shown);
    }

    StyledText control() {
        return text;
    }
}
