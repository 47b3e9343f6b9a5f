package org.tillit.ui.results;

import java.text.Collator;
import java.util.function.Function;

/**
 * One column of a {@link RowTable}: its header, how wide it starts, what it shows of a row and the
 * key it sorts by (computed once per row and sort: a collator's comparison of 50,000 texts took over
 * a second).
 */
public record Column<T>(String header, int width, Function<T, String> value, Function<T, ? extends Comparable<?>> sortKey,
        boolean alignedRight) {

    public Column(String header, int width, Function<T, String> value, Function<T, ? extends Comparable<?>> sortKey) {
        this(header, width, value, sortKey, false);
    }

    /** The same column with its text against the right edge (the text before a search hit ends at the hit). */
    public Column<T> rightAligned() {
        return new Column<>(header, width, value, sortKey, true);
    }

    /** A column sorted by what it shows, as a reader compares words (case and accents second). */
    public static <T> Column<T> text(String header, int width, Function<T, String> value) {
        Collator collator = Collator.getInstance();
        return new Column<>(header, width, value, row -> collator.getCollationKey(value.apply(row)));
    }

    /** A column of numbers, sorted as numbers. */
    public static <T> Column<T> number(String header, int width, Function<T, Integer> value) {
        return new Column<>(header, width, row -> Integer.toString(value.apply(row)), value);
    }

    /** A table row is one line high: line breaks inside a text become spaces. */
    public static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\s*\\R\\s*", " ");
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
