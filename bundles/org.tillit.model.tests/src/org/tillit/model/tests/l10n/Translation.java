package org.tillit.model.tests.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an English text and its Swedish translation must have in common. */
final class Translation {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private Translation() {
    }

    /**
     * @param bound whether the text is an NLS message, where NLS.bind reads a single quote as the
     *        start of a quoted part: with placeholders a quote must be doubled, without it must not
     */
    static void check(String where, String english, String swedish, boolean bound) {
        assertFalse(english == null || english.isBlank(), where + ": no English");
        assertFalse(swedish == null || swedish.isBlank(), where + ": no Swedish");
        assertEquals(placeholders(english), placeholders(swedish), where + ": the same {n} in both languages");
        if (words(english) >= 3) {
            assertNotEquals(english, swedish, where + ": the Swedish is the English text");
        }
        if (bound) {
            for (String text : new String[] { english, swedish }) {
                if (placeholders(text).isEmpty()) {
                    assertFalse(text.contains("''"), where + ": '' in a text without {n} shows as two quotes: " + text);
                } else {
                    assertFalse(text.replace("''", "").contains("'"),
                            where + ": a single ' in a text with {n} hides what follows (write ''): " + text);
                }
            }
        }
        assertTrue(english.strip().equals(english) == swedish.strip().equals(swedish) || english.startsWith(" "),
                where + ": leading or trailing spaces differ");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        for (Matcher m = PLACEHOLDER.matcher(text); m.find();) {
            found.add(m.group());
        }
        return found;
    }

    private static int words(String text) {
        int count = 0;
        for (Matcher m = WORD.matcher(text); m.find();) {
            count++;
        }
        return count;
    }
}
