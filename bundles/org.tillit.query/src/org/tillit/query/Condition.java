package org.tillit.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;

/**
 * A condition on a document's attributes (its own value, else its case's), combined with AND, OR
 * and NOT. A document without a value of the attribute meets no comparison, so {@code NOT roll=Chef}
 * holds for it. Values are compared in their stored form (see {@code AttributeValues.checked}).
 */
public sealed interface Condition {

    /** Every document. */
    Condition ALWAYS = new And(List.of());

    /** Whether the document whose values {@code values} gives meets the condition. */
    boolean test(Function<AttributeDefinition, Optional<String>> values);

    static Condition and(List<Condition> all) {
        return all.size() == 1 ? all.get(0) : new And(List.copyOf(all));
    }

    static Condition or(List<Condition> any) {
        return any.size() == 1 ? any.get(0) : new Or(List.copyOf(any));
    }

    record And(List<Condition> all) implements Condition {
        @Override
        public boolean test(Function<AttributeDefinition, Optional<String>> values) {
            return all.stream().allMatch(c -> c.test(values));
        }
    }

    record Or(List<Condition> any) implements Condition {
        @Override
        public boolean test(Function<AttributeDefinition, Optional<String>> values) {
            return any.stream().anyMatch(c -> c.test(values));
        }
    }

    record Not(Condition negated) implements Condition {
        @Override
        public boolean test(Function<AttributeDefinition, Optional<String>> values) {
            return !negated.test(values);
        }
    }

    /** The value is one of these (one value: equals); text and categories ignore case. */
    record OneOf(AttributeDefinition definition, Set<String> accepted) implements Condition {
        @Override
        public boolean test(Function<AttributeDefinition, Optional<String>> values) {
            return values.apply(definition)
                    .filter(v -> accepted.stream().anyMatch(a -> compare(definition, v, a) == 0))
                    .isPresent();
        }
    }

    /** A bound on numbers, dates (or text, alphabetically): {@code år>=2020}; null for an open end. */
    record Range(AttributeDefinition definition, String from, boolean fromIncluded, String to, boolean toIncluded)
            implements Condition {
        @Override
        public boolean test(Function<AttributeDefinition, Optional<String>> values) {
            Optional<String> value = values.apply(definition);
            if (value.isEmpty()) {
                return false;
            }
            String v = value.get();
            boolean aboveFrom = from == null || (fromIncluded ? compare(definition, v, from) >= 0 : compare(definition, v, from) > 0);
            boolean belowTo = to == null || (toIncluded ? compare(definition, v, to) <= 0 : compare(definition, v, to) < 0);
            return aboveFrom && belowTo;
        }
    }

    /** Compares two stored values as the attribute's type orders them. */
    static int compare(AttributeDefinition definition, String a, String b) {
        try {
            if (definition.getType() == AttributeType.NUMBER) {
                return new BigDecimal(a).compareTo(new BigDecimal(b));
            }
            if (definition.getType() == AttributeType.DATE) {
                return LocalDate.parse(a.length() > 10 ? a.substring(0, 10) : a)
                        .compareTo(LocalDate.parse(b.length() > 10 ? b.substring(0, 10) : b));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // A value stored before its attribute was typed: compare it as text.
        }
        return a.compareToIgnoreCase(b);
    }
}
