package org.tillit.model.text;

import java.util.Arrays;

/**
 * Converts code point positions of one text to UTF-16 indexes and back in O(log n), for widgets
 * that show many positions of a long text (highlights, lanes). Built once per text: it records
 * where the characters outside the Basic Multilingual Plane are, the only ones that differ.
 */
public final class CodePointIndex {

    /** UTF-16 index of every supplementary character, in text order. */
    private final int[] supplementaryAt;
    private final int codePointLength;
    private final int utf16Length;

    private CodePointIndex(int[] supplementaryAt, int codePointLength, int utf16Length) {
        this.supplementaryAt = supplementaryAt;
        this.codePointLength = codePointLength;
        this.utf16Length = utf16Length;
    }

    public static CodePointIndex of(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(found, count), text.length() - count, text.length());
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** UTF-16 index of a code point position (0..codePointLength). */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IndexOutOfBoundsException("code point " + codePoint + " outside 0.." + codePointLength);
        }
        // The k-th supplementary character (0-based) at UTF-16 index u sits at code point u - k.
        int low = 0;
        int high = supplementaryAt.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (supplementaryAt[middle] - middle < codePoint) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return codePoint + low;
    }

    /** Code point position of a UTF-16 index; an index inside a surrogate pair counts as its start. */
    public int toCodePoint(int utf16Index) {
        if (utf16Index < 0 || utf16Index > utf16Length) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16Index + " outside 0.." + utf16Length);
        }
        // Pairs starting before the index; an index inside a pair counts that pair, giving its start.
        int found = Arrays.binarySearch(supplementaryAt, utf16Index);
        int pairsBefore = found >= 0 ? found : -found - 1;
        return utf16Index - pairsBefore;
    }
}
