package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tillit.exchange.BilingualText;
import org.tillit.exchange.BilingualText.Parsed;
import org.tillit.exchange.BilingualText.Second;
import org.tillit.model.codebook.Language;

/** The Description form that carries a label's second language, written and read back. */
class QdpxExportBilingualTextTest {

    @Test
    void theSecondLanguageFollowsTheDefinitionAsTaggedLines() {
        String description = BilingualText.compose("Stöd från chefer.",
                new Second(Language.EN, "Support", "Support from managers.\n\nExample: \"my manager\"."));
        assertEquals("Stöd från chefer.\n\n[en] Support\n[en] Support from managers.\n[en] \n[en] Example: \"my manager\".",
                description);
        assertEquals(new Parsed("Stöd från chefer.",
                Optional.of(new Second(Language.EN, "Support", "Support from managers.\n\nExample: \"my manager\"."))),
                BilingualText.parse(description));
    }

    @Test
    void aLabelWithoutDefinitionsAndADefinitionWithoutLabelRoundTrip() {
        String labelOnly = BilingualText.compose(null, new Second(Language.SV, "Stöd", null));
        assertEquals("[sv] Stöd", labelOnly);
        assertEquals(new Parsed("", Optional.of(new Second(Language.SV, "Stöd", ""))), BilingualText.parse(labelOnly));
        String definitionOnly = BilingualText.compose("Support.", new Second(Language.SV, null, "Stöd."));
        assertEquals(new Parsed("Support.", Optional.of(new Second(Language.SV, "", "Stöd."))),
                BilingualText.parse(definitionOnly));
    }

    @Test
    void nothingToCarryGivesTheDefinitionOrNothing() {
        assertEquals("Stöd.", BilingualText.compose(" Stöd. ", new Second(Language.EN, " ", null)));
        assertNull(BilingualText.compose("", null));
        assertEquals(new Parsed("", Optional.empty()), BilingualText.parse(null));
    }

    @Test
    void anotherToolsDescriptionIsAllDefinition() {
        assertEquals(new Parsed("Codes about trust.\r\nSee also [en] notes.", Optional.empty()),
                BilingualText.parse("Codes about trust.\r\nSee also [en] notes."));
        // A tagged last line that does not stand apart after an empty line is the definition's own.
        assertEquals(Optional.empty(), BilingualText.parse("Definition.\n[en] Support").second());
    }

    @Test
    void aLabelIsKeptOnOneLine() {
        String description = BilingualText.compose("Def.", new Second(Language.EN, "Two\nlines", "Text."));
        assertEquals("Two lines", BilingualText.parse(description).second().orElseThrow().label());
    }

    @Test
    void aCodesSourceIsTheLastLineTaggedAndSplitsOffAgain() {
        String description = BilingualText.compose("Stöd från chefer.", new BilingualText.Second(Language.EN, "Support", null));
        String sourced = BilingualText.withSource(description, "Seminariet, rad 12–14");
        assertEquals("Stöd från chefer.\n\n[en] Support\n\n[source] Seminariet, rad 12–14", sourced);
        assertEquals(new BilingualText.Sourced(description, "Seminariet, rad 12–14"), BilingualText.splitSource(sourced));
        assertEquals(new BilingualText.Sourced(null, "Seminariet"), BilingualText.splitSource(BilingualText.withSource(null, "Seminariet")));
        assertEquals(new BilingualText.Sourced("Bara en beskrivning.", null), BilingualText.splitSource("Bara en beskrivning."));
        assertEquals(description, BilingualText.withSource(description, " "));
    }
}
