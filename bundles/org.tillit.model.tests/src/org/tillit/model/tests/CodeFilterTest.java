package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeFilter;

/** What a typed text finds in a code picker: either language, any case, labels starting with it first. */
class CodeFilterTest {

    private final Code support = code("Stöd", "Support");
    private final Code lackOfSupport = code("Brist på stöd", "Lack of support");
    private final Code trust = code("Tillit", "Trust");
    private final Code resources = code("Resurser och stabilitet", "Resources and stability");
    private final List<Code> codebookOrder = List.of(lackOfSupport, trust, support, resources);

    @Test
    void matchesSwedishOrEnglishWhateverTheCase() {
        assertEquals(List.of(support, lackOfSupport), CodeFilter.of("STÖD").ranked(codebookOrder));
        assertEquals(List.of(support, lackOfSupport), CodeFilter.of("suppo").ranked(codebookOrder));
        assertEquals(List.of(resources), CodeFilter.of(" stabil ").ranked(codebookOrder));
        assertEquals(List.of(), CodeFilter.of("kontroll").ranked(codebookOrder));
    }

    @Test
    void labelsStartingWithTheTextComeFirstOtherwiseTheOrderGiven() {
        assertEquals(List.of(support, lackOfSupport), CodeFilter.of("stöd").ranked(List.of(lackOfSupport, support)));
        assertEquals(List.of(support, lackOfSupport, trust, resources), CodeFilter.of("s").ranked(codebookOrder),
                "Stöd starts with s; the others only contain it and keep the codebook's order");
        assertEquals(List.of(support, trust, resources, lackOfSupport), CodeFilter.of("").ranked(List.of(support, trust,
                resources, lackOfSupport)), "nothing typed: all, as given");
    }

    private static Code code(String swedish, String english) {
        Code code = TillitFactory.eINSTANCE.createCode();
        code.setLabelSv(swedish);
        code.setLabelEn(english);
        return code;
    }
}
