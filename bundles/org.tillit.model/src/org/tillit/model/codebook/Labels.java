package org.tillit.model.codebook;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Bilingual;

/** Picks the label or definition in the wanted language, falling back to the other one. */
public final class Labels {

    private Labels() {
    }

    public static String label(Bilingual element, Language language) {
        return pick(language, element.getLabelSv(), element.getLabelEn());
    }

    public static String definition(Bilingual element, Language language) {
        return pick(language, element.getDefinitionSv(), element.getDefinitionEn());
    }

    public static String name(AttributeDefinition definition, Language language) {
        return pick(language, definition.getNameSv(), definition.getNameEn());
    }

    private static String pick(Language language, String sv, String en) {
        String wanted = language == Language.SV ? sv : en;
        String other = language == Language.SV ? en : sv;
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return other == null ? "" : other;
    }
}
