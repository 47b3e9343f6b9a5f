package org.tillit.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;

/**
 * Names and the pseudonyms that replace them in exported quotes and citations: whole words only,
 * whatever their case ("Anna", "ANNA"), letters such as å, ä and ö counted as letters, longer names
 * first ("Anna-Karin" before "Anna"). The project's text is never changed; each export counts its
 * replacements so the report can say how many were made.
 */
public final class Pseudonyms {

    public static final Pseudonyms NONE = new Pseudonyms(Map.of());

    private final Map<String, String> byLowerName;
    private final Pattern names;
    private int replacements;

    private Pseudonyms(Map<String, String> pseudonyms) {
        byLowerName = new LinkedHashMap<>();
        pseudonyms.forEach((name, pseudonym) -> byLowerName.put(lower(name.strip()), pseudonym));
        List<String> longestFirst = new ArrayList<>(byLowerName.keySet());
        longestFirst.removeIf(String::isEmpty);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        names = longestFirst.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", longestFirst.stream().map(Pattern::quote).toList())
                        + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Name to pseudonym, in the order given. */
    public static Pseudonyms of(Map<String, String> pseudonyms) {
        return new Pseudonyms(pseudonyms);
    }

    /**
     * A list of two columns, name and pseudonym, comma or semicolon separated (as Excel saves it), UTF-8
     * with or without a BOM; a first row "name;pseudonym" (or "namn;pseudonym") is a header.
     */
    public static Pseudonyms read(Path file) {
        Map<String, String> pseudonyms = new LinkedHashMap<>();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            char separator = separatorOf(text);
            try (Reader reader = new StringReader(text);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true)
                            .setIgnoreEmptyLines(true).get().parse(reader)) {
                for (CSVRecord row : parser) {
                    if (row.size() < 2 || row.get(0).isBlank()) {
                        throw new ExportException(NLS.bind(Messages.Pseudonyms_badRow, file, row.getRecordNumber()));
                    }
                    if (row.getRecordNumber() == 1 && isHeader(row)) {
                        continue;
                    }
                    pseudonyms.put(row.get(0), row.get(1));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(NLS.bind(Messages.Pseudonyms_unreadable, file, e.getMessage()), e);
        }
        return new Pseudonyms(pseudonyms);
    }

    /** The text with every name replaced; counts the replacements. */
    public String apply(String text) {
        if (names == null || text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = names.matcher(text);
        StringBuilder replaced = new StringBuilder(text.length());
        while (matcher.find()) {
            replacements++;
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(byLowerName.get(lower(matcher.group()))));
        }
        matcher.appendTail(replaced);
        return replaced.toString();
    }

    /** How many names {@link #apply} replaced so far. */
    public int replacements() {
        return replacements;
    }

    /** How many names the list holds. */
    public int size() {
        return byLowerName.size();
    }

    /** A fresh count over the same list, for the next export. */
    public Pseudonyms fresh() {
        Map<String, String> same = new LinkedHashMap<>(byLowerName);
        return new Pseudonyms(same);
    }

    private static boolean isHeader(CSVRecord row) {
        String first = lower(row.get(0));
        return (first.equals("name") || first.equals("namn")) && lower(row.get(1)).startsWith("pseudonym");
    }

    private static char separatorOf(String text) {
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
