package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.export.CitationTemplate;
import org.tillit.export.ExportException;
import org.tillit.model.codebook.Language;

class CitationTemplateTest {

    private static final List<String> ATTRIBUTES = List.of("Roll", "Löpnummer");

    @Test
    void aSwedishTemplateCitesByAttributesAndLines() {
        CitationTemplate template = CitationTemplate.parse("({roll} {löpnummer}, rad {radFrån}–{radTill})", ATTRIBUTES);
        assertEquals("(Chef/enhetschef 3, rad 112–118)", template.cite(Quotes.manager()));
    }

    @Test
    void anEnglishTemplateCitesByCaseAndALineRangeThatIsOneLineWhenItIsOne() {
        CitationTemplate template = CitationTemplate.parse("({Case}, lines {lines})", ATTRIBUTES);
        assertEquals("(Enhetschef 3, lines 112\u2013118)", template.cite(Quotes.manager()));
        assertEquals("(Medarbetare 7, lines 40)", template.cite(Quotes.employee()));
    }

    @Test
    void theStandardTemplatesNameTheDocumentAndLinesInTheirLanguage() {
        assertEquals("(intervju-03.docx, rad 112\u2013118)",
                CitationTemplate.parse(CitationTemplate.standard(Language.SV), ATTRIBUTES).cite(Quotes.manager()));
        assertEquals("(intervju-07.docx, lines 40)",
                CitationTemplate.parse(CitationTemplate.standard(Language.EN), ATTRIBUTES).cite(Quotes.employee()));
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndTheKnownOnes() {
        ExportException refused = assertThrows(ExportException.class,
                () -> CitationTemplate.parse("({roll} {löpnr}, rad {radFrån})", ATTRIBUTES));
        assertTrue(refused.getMessage().contains("{löpnr}"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Löpnummer"), refused.getMessage());
        assertTrue(refused.getMessage().contains("radFrån"), refused.getMessage());
    }

    @Test
    void aBraceNotClosedOrNotOpenedIsRefused() {
        assertThrows(ExportException.class, () -> CitationTemplate.parse("({roll, rad {radFrån})", ATTRIBUTES));
        assertThrows(ExportException.class, () -> CitationTemplate.parse("(roll}, rad)", ATTRIBUTES));
    }

    @Test
    void textWithoutPlaceholdersIsKeptAsItIs() {
        assertEquals("[citat]", CitationTemplate.parse("[citat]", ATTRIBUTES).cite(Quotes.manager()));
    }
}
