package org.tillit.importer.attributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;

/**
 * What a spreadsheet cell means for an attribute: its detected type, and its value in the one
 * form Tillit stores (numbers with a decimal point, ISO dates, true/false), so that later
 * comparisons by attribute do not depend on how each sheet was typed.
 */
public final class AttributeValues {

    /** A category has few values that repeat; more distinct values than this make it text. */
    static final int MAX_CATEGORY_VALUES = 12;
    private static final int MAX_LENGTH = 4000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final Set<String> TRUE = Set.of("ja", "yes", "true", "sant", "j", "y");
    private static final Set<String> FALSE = Set.of("nej", "no", "false", "falskt", "n");

    private AttributeValues() {
    }

    /** The type that fits every non-empty value of a new column. */
    public static AttributeType detectType(List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
        if (present.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (present.stream().allMatch(v -> isBoolean(v))) {
            return AttributeType.BOOLEAN;
        }
        if (present.stream().allMatch(v -> NUMBER.matcher(v).matches())) {
            return AttributeType.NUMBER;
        }
        if (present.stream().allMatch(v -> parseDate(v).isPresent())) {
            return AttributeType.DATE;
        }
        Set<String> distinct = new LinkedHashSet<>(present);
        if (distinct.size() <= MAX_CATEGORY_VALUES && distinct.size() < present.size()) {
            return AttributeType.CATEGORY;
        }
        return AttributeType.TEXT;
    }

    /** The distinct values of a new category column, in the order they first appear. */
    public static List<String> categoriesOf(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> !v.isBlank()).toList()));
    }

    /**
     * The value to store for a cell.
     *
     * @throws IllegalArgumentException with a reason a researcher can act on, when the value does
     *         not fit the attribute
     */
    public static String normalise(AttributeDefinition definition, String raw) {
        String value = raw.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
        }
        return switch (definition.getType()) {
            case NUMBER -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw new IllegalArgumentException("'" + value + "' is not a number");
                }
                yield value.replace(',', '.').replaceFirst("^\\+", "");
            }
            case DATE -> parseDate(value).map(LocalDate::toString).orElseThrow(
                    () -> new IllegalArgumentException("'" + value + "' is not a date (write it as 2024-03-18)"));
            case BOOLEAN -> {
                String word = value.toLowerCase(Locale.ROOT);
                if (TRUE.contains(word)) {
                    yield "true";
                }
                if (FALSE.contains(word)) {
                    yield "false";
                }
                throw new IllegalArgumentException("'" + value + "' is not yes or no (ja/nej)");
            }
            case CATEGORY -> category(definition, value);
            default -> value;
        };
    }

    /**
     * A category value as the definition spells it. "chef" names "Chef/enhetschef": case is
     * ignored, and each part of a value written with a slash is accepted on its own.
     */
    private static String category(AttributeDefinition definition, String value) {
        List<String> allowed = definition.getAllowedValues();
        if (allowed.isEmpty()) {
            return value;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        List<String> byPart = allowed.stream()
                .filter(candidate -> List.of(candidate.split("/")).stream().anyMatch(p -> p.strip().equalsIgnoreCase(value)))
                .toList();
        if (byPart.size() == 1) {
            return byPart.get(0);
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ", allowed));
    }

    private static boolean isBoolean(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return (TRUE.contains(word) || FALSE.contains(word)) && word.length() > 1;
    }

    /** ISO dates, also with a time after them (as Excel date cells with a time arrive). */
    private static Optional<LocalDate> parseDate(String value) {
        String date = value.strip();
        if (date.length() > 10 && date.charAt(10) == 'T') {
            date = date.substring(0, 10);
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
