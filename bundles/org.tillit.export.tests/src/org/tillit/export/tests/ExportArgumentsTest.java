package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.export.ExportArguments;
import org.tillit.query.ContextSpec;

/** A view's question as command-line arguments: defaults left out, contexts as the command line writes them. */
class ExportArgumentsTest {

    @Test
    void blankOptionsAndFlagsOffAreLeftOutAndTheRestKeepsItsOrder() {
        ExportArguments asked = ExportArguments.of(ExportArguments.COMPARE).option(ExportArguments.BY, "Roll")
                .option(ExportArguments.CODE, null).option(ExportArguments.WHERE, " ").flag(ExportArguments.ONLY_CODED, true)
                .flag(ExportArguments.WITH_SUBCODES, false).option(ExportArguments.CODE, "Principer/Tillit");
        assertEquals(List.of("--by=Roll", "--only-coded", "--code=Principer/Tillit"), asked.given());
        assertEquals("compare", asked.kind());
    }

    @Test
    void everyContextIsWrittenAsTheCommandLineReadsIt() {
        assertEquals(List.of("--context=none", "--context=paragraph", "--context=turn", "--context=80"),
                List.of(context(ContextSpec.NONE), context(ContextSpec.PARAGRAPH), context(ContextSpec.TURN),
                        context(ContextSpec.characters(80))));
    }

    @Test
    void aRecordHoldsTheKindAndTheArgumentsAsAJsonList() {
        Map<String, String> query = new LinkedHashMap<>();
        ExportArguments.of(ExportArguments.SEARCH).option(ExportArguments.TEXT, "\"stöd\" och tillit").recordIn(query);
        assertEquals("search", query.get(ExportArguments.KIND_FIELD));
        assertEquals("[\"--text=\\\"stöd\\\" och tillit\"]", query.get(ExportArguments.ARGUMENTS_FIELD));
    }

    private static String context(ContextSpec context) {
        return ExportArguments.of(ExportArguments.SEGMENTS).context(context).given().get(0);
    }
}
