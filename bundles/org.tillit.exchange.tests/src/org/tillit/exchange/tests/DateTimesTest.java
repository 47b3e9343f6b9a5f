package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.tillit.exchange.reading.DateTimes;

/** A REFI file's dateTime values read by hand where they are plain UTC, as java.time reads them everywhere. */
class DateTimesTest {

    @Test
    void readsEveryFormAsJavaTimeDoes() {
        String[] values = { "2024-05-02T10:15:00Z", "2024-05-02T10:15:00.5Z", "2024-05-02T10:15:00.123Z",
            "2024-05-02T10:15:00.123456789Z", " 2024-05-02T10:15:00Z ", "2024-05-02T10:15Z", "2024-05-02T10:15:00+02:00",
            "2024-05-02T10:15:00", "2024-02-29T23:59:59Z", "2023-02-29T10:15:00Z", "2024-13-02T10:15:00Z",
            "2024-05-02T24:00:00Z", "2024-05-02T10:60:00Z", "2024-05-02T10:15:60Z", "2024-05-02T10:15:00.Z",
            "2024-05-02T10:15:00.1234567890Z", "2024-05-02 10:15:00Z", "+12024-05-02T10:15:00Z", "2024-O5-02T10:15:00Z",
            "2024-05-02T10:15:00z", "", "tomorrow" };
        for (String value : values) {
            assertEquals(javaTime(value), DateTimes.parse(value), value);
        }
        assertNull(DateTimes.parse(null));
    }

    /** The reading before the hand-made one: with a zone, else as UTC; null when unreadable. */
    private static Instant javaTime(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
