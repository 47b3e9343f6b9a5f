package org.tillit.model.codebook;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tillit.model.Bilingual;

/**
 * What a user typed to find a code: a code matches when its Swedish or English label contains the
 * text, whatever the case, so a code is found in either language whichever the codebook shows.
 */
public final class CodeFilter {

    private final String needle;

    private CodeFilter(String needle) {
        this.needle = needle;
    }

    public static CodeFilter of(String typed) {
        return new CodeFilter(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isEmpty() {
        return needle.isEmpty();
    }

    public boolean matches(Bilingual element) {
        return needle.isEmpty() || contains(element.getLabelSv()) || contains(element.getLabelEn());
    }

    /** Where the label starts with the text: such codes are listed first. */
    public boolean startsWith(Bilingual element) {
        return starts(element.getLabelSv()) || starts(element.getLabelEn());
    }

    /**
     * The elements that match, in the order a picker lists them: those whose label starts with the
     * text first, each group in the order given (codebook order, or most recent first).
     */
    public <T extends Bilingual> List<T> ranked(List<T> elements) {
        return elements.stream().filter(this::matches).sorted(Comparator.comparing(element -> !startsWith(element)))
                .toList();
    }

    private boolean contains(String label) {
        return label != null && label.toLowerCase(Locale.ROOT).contains(needle);
    }

    private boolean starts(String label) {
        return label != null && label.toLowerCase(Locale.ROOT).startsWith(needle);
    }
}
