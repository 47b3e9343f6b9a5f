package org.tillit.exchange.reading;

import java.util.Locale;

/** REFI GUIDs come in either case and sometimes in braces; Tillit keeps them plain and lower case. */
public final class Guids {

    private Guids() {
    }

    public static String normal(String guid) {
        if (guid == null) {
            return null;
        }
        String plain = guid.strip();
        if (plain.startsWith("{") && plain.endsWith("}")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        return plain.toLowerCase(Locale.ROOT);
    }
}
