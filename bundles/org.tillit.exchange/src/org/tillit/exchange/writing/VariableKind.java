package org.tillit.exchange.writing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

import org.tillit.model.AttributeType;

/**
 * A REFI-QDA variable type and the element its values are written in. A Tillit attribute type
 * maps to the narrowest REFI type every value of the attribute fits: a number attribute whose
 * values are all whole is Integer, else Float; a value that fits no typed form makes the attribute
 * Text, so that the file stays valid and no value is lost.
 */
enum VariableKind {
    TEXT("Text", "TextValue"),
    BOOLEAN("Boolean", "BooleanValue"),
    INTEGER("Integer", "IntegerValue"),
    FLOAT("Float", "FloatValue"),
    DATE("Date", "DateValue"),
    DATE_TIME("DateTime", "DateTimeValue");

    private final String typeOfVariable;
    private final String valueElement;

    VariableKind(String typeOfVariable, String valueElement) {
        this.typeOfVariable = typeOfVariable;
        this.valueElement = valueElement;
    }

    String typeOfVariable() {
        return typeOfVariable;
    }

    String valueElement() {
        return valueElement;
    }

    /** The kind for an attribute of this type holding these values (CATEGORY is Text). */
    static VariableKind of(AttributeType type, Collection<String> values) {
        if (type == null) {
            return TEXT;
        }
        return switch (type) {
            case BOOLEAN -> all(values, VariableKind::isBoolean) ? BOOLEAN : TEXT;
            case NUMBER -> numberKind(values);
            case DATE -> dateKind(values);
            default -> TEXT;
        };
    }

    /** The value as the kind's XML Schema type writes it. */
    String written(String value) {
        String trimmed = value.trim();
        return switch (this) {
            case BOOLEAN -> trimmed.toLowerCase(Locale.ROOT);
            case INTEGER -> new BigInteger(trimmed).toString();
            case FLOAT -> new BigDecimal(trimmed).toPlainString();
            case TEXT -> value;
            default -> trimmed;
        };
    }

    private static VariableKind numberKind(Collection<String> values) {
        if (all(values, v -> parses(() -> new BigInteger(v)))) {
            return INTEGER;
        }
        return all(values, v -> parses(() -> new BigDecimal(v))) ? FLOAT : TEXT;
    }

    private static VariableKind dateKind(Collection<String> values) {
        if (all(values, v -> parses(() -> LocalDate.parse(v)))) {
            return DATE;
        }
        return all(values, v -> parses(() -> LocalDateTime.parse(v)) || parses(() -> OffsetDateTime.parse(v)))
                ? DATE_TIME : TEXT;
    }

    private static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    private static boolean all(Collection<String> values, Predicate<String> fits) {
        return values.stream().map(String::trim).allMatch(fits);
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }
}
