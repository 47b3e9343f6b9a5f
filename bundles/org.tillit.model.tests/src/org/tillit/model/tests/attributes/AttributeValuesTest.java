package org.tillit.model.tests.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.TillitFactory;
import org.tillit.model.attributes.AttributeTypeNames;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.attributes.ValueProblem;
import org.tillit.model.attributes.YesNo;
import org.tillit.model.codebook.Language;

/** Values are stored in one form whoever typed them, and a value that does not fit is refused with a reason. */
class AttributeValuesTest {

    @Test
    void numbersWithCommaOrPointAreStoredWithAPoint() {
        assertEquals("34.5", AttributeValues.checked(definition(AttributeType.NUMBER), "34,5"));
        assertEquals("34.5", AttributeValues.checked(definition(AttributeType.NUMBER), " 34.5 "));
        assertEquals("7", AttributeValues.checked(definition(AttributeType.NUMBER), "+7"));
        ValueProblem problem = assertThrows(ValueProblem.class,
                () -> AttributeValues.checked(definition(AttributeType.NUMBER), "34,x"));
        assertEquals("'34,x' is not a number", problem.getMessage());
    }

    @Test
    void datesAreIsoAndATimeAfterThemIsDropped() {
        assertEquals("2024-03-18", AttributeValues.checked(definition(AttributeType.DATE), "2024-03-18"));
        assertEquals("2024-03-18", AttributeValues.checked(definition(AttributeType.DATE), "2024-03-18T00:00"));
        ValueProblem problem = assertThrows(ValueProblem.class,
                () -> AttributeValues.checked(definition(AttributeType.DATE), "18/3 2024"));
        assertTrue(problem.getMessage().contains("2024-03-18"), problem.getMessage());
    }

    @Test
    void yesAndNoInSwedishAndEnglishAreTrueAndFalse() {
        AttributeDefinition yesNo = definition(AttributeType.BOOLEAN);
        for (String yes : List.of("ja", "Yes", "SANT", "true", "j", "y")) {
            assertEquals("true", AttributeValues.checked(yesNo, yes), yes);
        }
        for (String no : List.of("nej", "No", "falskt", "false", "n")) {
            assertEquals("false", AttributeValues.checked(yesNo, no), no);
        }
        assertThrows(ValueProblem.class, () -> AttributeValues.checked(yesNo, "kanske"));
        assertEquals("ja", YesNo.shown("true", Language.SV));
        assertEquals("no", YesNo.shown("false", Language.EN));
        assertEquals("nej", AttributeValues.shown(yesNo, "false", Language.SV));
        assertEquals("false", AttributeValues.shown(definition(AttributeType.TEXT), "false", Language.SV));
    }

    @Test
    void aCategoryValueIsSpelledAsItsDefinitionSpellsIt() {
        AttributeDefinition role = definition(AttributeType.CATEGORY);
        role.getAllowedValues().addAll(List.of("Chef/enhetschef", "Medarbetare"));
        assertEquals("Medarbetare", AttributeValues.checked(role, "medarbetare"));
        assertEquals("Chef/enhetschef", AttributeValues.checked(role, "chef"), "one part of a value with a slash");
        assertEquals("Chef/enhetschef", AttributeValues.checked(role, "Enhetschef"));
        ValueProblem problem = assertThrows(ValueProblem.class, () -> AttributeValues.checked(role, "Rektor"));
        assertEquals("'Rektor' is not one of Chef/enhetschef, Medarbetare", problem.getMessage());
    }

    @Test
    void textIsKeptStrippedAndTooLongTextIsRefused() {
        assertEquals("Vård och omsorg", AttributeValues.checked(definition(AttributeType.TEXT), "  Vård och omsorg "));
        assertThrows(ValueProblem.class, () -> AttributeValues.checked(definition(AttributeType.TEXT),
                "x".repeat(AttributeValues.MAX_LENGTH + 1)));
    }

    @Test
    void aColumnGetsTheTypeItsValuesShow() {
        assertEquals(AttributeType.BOOLEAN, AttributeValues.detectType(List.of("ja", "nej", "", "Ja")));
        assertEquals(AttributeType.TEXT, AttributeValues.detectType(List.of("j", "n")), "single letters type no column");
        assertEquals(AttributeType.NUMBER, AttributeValues.detectType(List.of("34,5", "12")));
        assertEquals(AttributeType.DATE, AttributeValues.detectType(List.of("2024-03-18", "2024-04-02")));
        assertEquals(AttributeType.CATEGORY, AttributeValues.detectType(List.of("Chef", "Medarbetare", "Chef")));
        assertEquals(AttributeType.TEXT, AttributeValues.detectType(List.of("Anna", "Bo", "Cecilia")));
        assertEquals(List.of("Chef", "Medarbetare"), AttributeValues.categoriesOf(List.of("Chef", "", "Medarbetare", "Chef")));
    }

    @Test
    void typesHaveNamesForPeople() {
        assertEquals("category", AttributeTypeNames.of(AttributeType.CATEGORY));
        assertEquals("yes/no", AttributeTypeNames.of(AttributeType.BOOLEAN));
    }

    static AttributeDefinition definition(AttributeType type) {
        AttributeDefinition definition = TillitFactory.eINSTANCE.createAttributeDefinition();
        definition.setNameSv("Roll");
        definition.setNameEn("Role");
        definition.setType(type);
        return definition;
    }
}
