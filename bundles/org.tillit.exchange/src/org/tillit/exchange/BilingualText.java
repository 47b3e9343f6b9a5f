package org.tillit.exchange;

import java.util.List;
import java.util.Optional;

import org.tillit.model.codebook.Language;

/**
 * Where a REFI-QDA file keeps the second language of a Tillit label: the standard gives a code,
 * set or variable one name and one Description, and its schema allows no foreign attributes. So
 * the name is the label in the project's language, and the Description is the definition in that
 * language followed, after an empty line, by a block of lines each starting with the other
 * language's tag in brackets: the first holds the other label, the others its definition.
 *
 * <pre>
 * Stöd från chefer och förvaltning.
 *
 * [en] Support
 * [en] Support from managers and administration.
 * </pre>
 *
 * Other tools show the block as part of the description; Tillit's import reads it back with
 * {@link #parse}.
 */
public final class BilingualText {

    /** The label and definition in the language that is not the project's. */
    public record Second(Language language, String label, String definition) {

        public Second {
            label = label == null ? "" : label;
            definition = definition == null ? "" : definition;
        }

        boolean isEmpty() {
            return label.isBlank() && definition.isBlank();
        }
    }

    /** A Description split into the definition in the project's language and the second language, if any. */
    public record Parsed(String definition, Optional<Second> second) {
    }

    /** A code's source (where in the study material it comes from), kept after everything else. */
    public record Sourced(String description, String source) {
    }

    private static final String NEWLINE = "\n";
    private static final String SOURCE = "[source] ";

    private BilingualText() {
    }

    /**
     * The Description for a definition (may be null or empty) and the second language (null, or
     * one with neither label nor definition, adds nothing); null when both are empty.
     */
    public static String compose(String definition, Second second) {
        String main = definition == null ? "" : definition.strip();
        if (second == null || second.isEmpty()) {
            return main.isEmpty() ? null : main;
        }
        String prefix = prefix(second.language());
        StringBuilder text = new StringBuilder(main);
        if (!main.isEmpty()) {
            text.append(NEWLINE).append(NEWLINE);
        }
        text.append(prefix).append(oneLine(second.label()));
        if (!second.definition().isBlank()) {
            for (String line : lines(second.definition().strip())) {
                text.append(NEWLINE).append(prefix).append(line);
            }
        }
        return text.toString();
    }

    /**
     * Splits a Description as {@link #compose} writes it; one without the block (from another
     * tool) is all definition. A null Description parses as an empty definition.
     */
    public static Parsed parse(String description) {
        if (description == null) {
            return new Parsed("", Optional.empty());
        }
        List<String> lines = lines(description);
        for (Language language : Language.values()) {
            int first = lines.size();
            while (first > 0 && tagged(lines.get(first - 1), language)) {
                first--;
            }
            boolean standsApart = first == 0 || lines.get(first - 1).isBlank();
            if (first < lines.size() && standsApart) {
                List<String> block = lines.subList(first, lines.size()).stream().map(line -> untagged(line, language))
                        .toList();
                String label = block.get(0);
                String definition = String.join(NEWLINE, block.subList(1, block.size()));
                String main = String.join(NEWLINE, lines.subList(0, first)).strip();
                return new Parsed(main, Optional.of(new Second(language, label, definition)));
            }
        }
        return new Parsed(description.strip(), Optional.empty());
    }

    /** The Description with a code's source as its last line, tagged; null and blank sources add nothing. */
    public static String withSource(String description, String source) {
        if (source == null || source.isBlank()) {
            return description;
        }
        String line = SOURCE + oneLine(source);
        return description == null || description.isBlank() ? line : description + NEWLINE + NEWLINE + line;
    }

    /** Splits off the source line {@link #withSource} writes; a Description without one has no source. */
    public static Sourced splitSource(String description) {
        if (description == null) {
            return new Sourced(null, null);
        }
        List<String> lines = lines(description.stripTrailing());
        String last = lines.get(lines.size() - 1);
        if (!last.startsWith(SOURCE)) {
            return new Sourced(description, null);
        }
        String rest = String.join(NEWLINE, lines.subList(0, lines.size() - 1)).strip();
        return new Sourced(rest.isEmpty() ? null : rest, last.substring(SOURCE.length()).strip());
    }

    private static String prefix(Language language) {
        return "[" + language.tag() + "] ";
    }

    private static boolean tagged(String line, Language language) {
        String prefix = prefix(language);
        return line.startsWith(prefix) || line.equals(prefix.strip());
    }

    private static String untagged(String line, Language language) {
        String prefix = prefix(language);
        return line.length() <= prefix.length() ? "" : line.substring(prefix.length());
    }

    /** A label is one line: a line break in it would end the label early on reading. */
    private static String oneLine(String label) {
        return String.join(" ", lines(label.strip()));
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
