package org.tillit.model.attributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.codebook.Language;
import org.tillit.model.l10n.Messages;

/**
 * What a value means for an attribute: the type a column of values shows, and a value in the one
 * form Tillit stores (numbers with a decimal point, ISO dates, true/false, a category as its
 * definition spells it), so that comparisons by attribute do not depend on how each value was
 * typed. The importer, the commands and the user interface all check values here.
 */
public final class AttributeValues {

    /** A category has few values that repeat; more distinct values than this make it text. */
    public static final int MAX_CATEGORY_VALUES = 12;
    public static final int MAX_LENGTH = 4000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private AttributeValues() {
    }

    /** The type that fits every non-empty value of a new column. */
    public static AttributeType detectType(List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
        if (present.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (present.stream().allMatch(YesNo::isWord)) {
            return AttributeType.BOOLEAN;
        }
        if (present.stream().allMatch(v -> NUMBER.matcher(v.strip()).matches())) {
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
     * The value to store for what a sheet or a researcher wrote.
     *
     * @throws ValueProblem with the reason, when the value does not fit the attribute
     */
    public static String checked(AttributeDefinition definition, String raw) {
        String value = raw.strip();
        if (value.length() > MAX_LENGTH) {
            throw new ValueProblem(NLS.bind(Messages.AttributeValues_tooLong, MAX_LENGTH));
        }
        return switch (definition.getType()) {
            case NUMBER -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw new ValueProblem(NLS.bind(Messages.AttributeValues_notNumber, value));
                }
                yield value.replace(',', '.').replaceFirst("^\\+", "");
            }
            case DATE -> parseDate(value).map(LocalDate::toString)
                    .orElseThrow(() -> new ValueProblem(NLS.bind(Messages.AttributeValues_notDate, value)));
            case BOOLEAN -> YesNo.parse(value)
                    .orElseThrow(() -> new ValueProblem(NLS.bind(Messages.AttributeValues_notYesNo, value)));
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
        throw new ValueProblem(NLS.bind(Messages.AttributeValues_notAllowed, value, String.join(", ", allowed)));
    }

    /** How a stored value reads: yes/no words for true/false, every other value as stored. */
    public static String shown(AttributeDefinition definition, String stored, Language language) {
        return definition.getType() == AttributeType.BOOLEAN ? YesNo.shown(stored, language) : stored;
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
