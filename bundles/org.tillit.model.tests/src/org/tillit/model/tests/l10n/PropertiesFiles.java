package org.tillit.model.tests.l10n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads a properties file as Equinox does since Java 9: UTF-8 (escapes work too). */
final class PropertiesFiles {

    private PropertiesFiles() {
    }

    static Map<String, String> read(Path file) throws IOException {
        assertTrue(Files.exists(file), "missing " + file);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }
}
