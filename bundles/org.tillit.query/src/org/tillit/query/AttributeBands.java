package org.tillit.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;

/**
 * Bands of equal width for a number or date attribute, so that a comparison can have columns such
 * as "2018–2019" or "30–39" instead of one per value: numbers in bands of {@code width}, dates in
 * bands of {@code width} years. A band starts at a multiple of its width (30, 40 ...; 2018, 2020
 * ...), so the same width always gives the same bands.
 */
public record AttributeBands(AttributeType type, int width) {

    public AttributeBands {
        if (width < 1) {
            throw new IllegalArgumentException("a band is at least 1 wide: " + width);
        }
        if (!bandable(type)) {
            throw new IllegalArgumentException("only numbers and dates fall into bands: " + type);
        }
    }

    /** Whether values of the attribute's type can be banded: numbers and dates. */
    public static boolean bandable(AttributeType type) {
        return type == AttributeType.NUMBER || type == AttributeType.DATE;
    }

    public static AttributeBands of(AttributeDefinition definition, int width) {
        return new AttributeBands(definition.getType(), width);
    }

    /** The band a stored value falls in (its first number or year), empty for a value that is not of the type. */
    Optional<Long> bandOf(String stored) {
        try {
            long start = type == AttributeType.DATE ? year(stored)
                    : new BigDecimal(stored.strip()).setScale(0, RoundingMode.FLOOR).longValueExact();
            return Optional.of(Math.floorDiv(start, width) * (long) width);
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            return Optional.empty(); // a value stored before its attribute was typed: in no band
        }
    }

    /** "2018–2019" for a band of two years, "2018" for one, "30–39" for numbers 30 up to 40. */
    String label(long start) {
        return width == 1 ? String.valueOf(start) : start + "\u2013" + (start + width - 1);
    }

    private static long year(String stored) {
        String date = stored.strip();
        return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).getYear();
    }
}
