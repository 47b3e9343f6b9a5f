package org.tillit.model.text;

/**
 * Where two versions of a text differ: the span of the old text between their common beginning and
 * common end, and what stands there in the new one. Lets a view replace only what changed (in
 * UTF-16 indexes, as widgets count), so its caret and scrolling stay.
 */
public record TextDifference(int start, int oldLength, String replacement) {

    public static TextDifference between(String old, String now) {
        int limit = Math.min(old.length(), now.length());
        int prefix = 0;
        while (prefix < limit && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextDifference(prefix, old.length() - suffix - prefix, now.substring(prefix, now.length() - suffix));
    }
}
