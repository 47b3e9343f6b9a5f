package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.query.QueryException;
import org.tillit.query.Segment;
import org.tillit.query.SegmentFilter;
import org.tillit.query.WhereParser;

/** Conditions with AND, OR, NOT, parentheses, in (...), ranges and quoted Swedish values, and their errors. */
class WhereParserTest extends StudyTestCase {

    private List<String> documentsWhere(String expression) {
        List<AttributeDefinition> definitions = study.store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        return segments(new SegmentFilter().where(WhereParser.parse(expression, definitions))).stream()
                .map(Segment::documentName).distinct().toList();
    }

    private String error(String expression) {
        List<AttributeDefinition> definitions = study.store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        return assertThrows(QueryException.class, () -> WhereParser.parse(expression, definitions)).getMessage();
    }

    @Test
    void comparisonsAndTheirCombinations() {
        assertEquals(List.of("chef1.txt", "chef2.txt"), documentsWhere("roll=Chef"));
        assertEquals(List.of("med1.txt", "med1b.txt", "okand.txt"), documentsWhere("NOT roll=Chef"),
                "a document without a role is not a manager");
        assertEquals(List.of("med1.txt", "med1b.txt", "okand.txt"), documentsWhere("roll != Chef"));
        assertEquals(List.of("chef1.txt", "chef2.txt", "med1.txt", "med1b.txt"), documentsWhere("roll=Chef OR År>=2022"));
        assertEquals(List.of("chef2.txt", "okand.txt"), documentsWhere("år>=2020 AND år<=2021"));
        assertEquals(List.of("chef2.txt", "med1.txt", "med1b.txt"),
                documentsWhere("Roll in (chef, medarbetare) AND NOT år=2019"));
        assertEquals(List.of("chef1.txt", "chef2.txt"),
                documentsWhere("(roll=Medarbetare OR roll = \"Chef/enhetschef\") and år = 2019..2021"));
        assertEquals(List.of("med1.txt", "med1b.txt"), documentsWhere("Role=Medarbetare"), "English names too");
        assertEquals(List.of("okand.txt"), documentsWhere("år < 2021 and not år <= 2019 or år > 2100"));
        assertEquals(List.of(), documentsWhere("sektor=\"Hälso- och sjukvård\""));
        assertEquals(List.of(), documentsWhere("sektor = Hälso- och sjukvård"), "och is no keyword");
        assertEquals(5, documentsWhere("  ").size(), "no condition");
    }

    @Test
    void mistakesNameTheirPosition() {
        String unknown = error("rol=Chef");
        assertTrue(unknown.startsWith("unknown attribute 'rol' at position 1; the attributes are: Roll (Role), "), unknown);
        assertTrue(unknown.contains("År (Year)"), unknown);
        assertEquals("expected an attribute name at position 14, found the end", error("roll=Chef AND"));
        assertEquals("expected ) at position 11, found the end", error("(roll=Chef"));
        assertEquals("expected a value at position 6, found ')'", error("roll=)"));
        assertEquals("the quote at position 6 is not closed", error("roll=\"Chef"));
        assertEquals("expected the end at position 11, found ')'", error("roll=Chef )"));
        assertTrue(error("roll=Rektor").startsWith("at position 6: "), error("roll=Rektor"));
        assertTrue(error("år>=tjugo").startsWith("at position 5: "), error("år>=tjugo"));
    }
}
