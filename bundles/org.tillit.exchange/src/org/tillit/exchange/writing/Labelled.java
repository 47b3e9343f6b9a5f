package org.tillit.exchange.writing;

import org.tillit.exchange.BilingualText;
import org.tillit.model.Bilingual;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

/**
 * A bilingual code or set as REFI-QDA names and describes it: the name in the project's language
 * (the other one when it has none), and a Description holding the definition in the project's
 * language and the other language's label and definition as {@link BilingualText} writes them.
 */
final class Labelled {

    private Labelled() {
    }

    static Language other(Language language) {
        return language == Language.SV ? Language.EN : Language.SV;
    }

    static String name(Bilingual element, Language language) {
        return Labels.label(element, language);
    }

    static String description(Bilingual element, Language language) {
        boolean swedish = language == Language.SV;
        String definition = swedish ? element.getDefinitionSv() : element.getDefinitionEn();
        BilingualText.Second second = swedish
                ? new BilingualText.Second(Language.EN, element.getLabelEn(), element.getDefinitionEn())
                : new BilingualText.Second(Language.SV, element.getLabelSv(), element.getDefinitionSv());
        return BilingualText.compose(definition, second);
    }
}
