package org.tillit.store;

/**
 * One replacement in a document's text: code points [start, end) become {@code replacement}. In
 * a list given to {@link ProjectStore#replaceTexts}, each is in the positions the ones before it
 * left.
 */
public record TextChange(int start, int end, String replacement) {

    public TextChange {
        replacement = replacement == null ? "" : replacement;
    }
}
