package org.tillit.model.attributes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.tillit.model.codebook.Language;

/** Yes/no attributes: the words a sheet or a researcher may write, stored as true/false. */
public final class YesNo {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    private static final Set<String> YES = Set.of("ja", "yes", "true", "sant", "j", "y");
    private static final Set<String> NO = Set.of("nej", "no", "false", "falskt", "n");

    private YesNo() {
    }

    /** "true" or "false" for a yes or no word in Swedish or English (case ignored), else empty. */
    public static Optional<String> parse(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return Optional.of(TRUE);
        }
        if (NO.contains(key)) {
            return Optional.of(FALSE);
        }
        return Optional.empty();
    }

    /** A whole yes/no word: one-letter answers (j, n) are accepted as values but type no column. */
    static boolean isWord(String value) {
        return value.strip().length() > 1 && parse(value).isPresent();
    }

    /** How a stored true/false reads: ja/nej or yes/no; anything else as it is. */
    public static String shown(String stored, Language language) {
        if (TRUE.equals(stored)) {
            return language == Language.SV ? "ja" : "yes";
        }
        if (FALSE.equals(stored)) {
            return language == Language.SV ? "nej" : "no";
        }
        return stored;
    }
}
