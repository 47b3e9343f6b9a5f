package org.tillit.model.tests.l10n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals in a source that read as text for people: two words or more, or any word
 * handed straight to a label, dialog or console. Ids ("tillit.import.path"), separators and
 * format patterns pass.
 */
final class HardCodedStrings {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{3,}[,;:.!?]?\\s+\\p{L}{2,}");
    private static final Pattern SHOWN = Pattern.compile(
            "(setText|setMessage|setTitle|setToolTipText|setErrorMessage|setDescription|setLabel|setFilterNames|println"
                    + "|print|MessageDialog\\.open\\w*\\([^;\"]*,|createButton\\([^;\"]*,)\\s*\\(?\\s*(new String\\[\\] \\{ )?\"[^\"]*\\p{L}{2}");

    /** A mnemonic ("&Apply") is always text for a button or menu. */
    private static final Pattern MNEMONIC = Pattern.compile("\"&\\p{L}");

    /** An exception for the user (not a programming error) made with literal text. */
    private static final Pattern USER_EXCEPTION = Pattern.compile("new (?!IllegalState|IllegalArgument|IndexOutOfBounds|Unsupported"
            + "Operation|NullPointer|Assertion|Unchecked)\\w*(Exception|Problem)\\(\\s*\"[^\"]*\\p{L}{3,}\\s+\\p{L}{2,}");

    private HardCodedStrings() {
    }

    /** In a core bundle: exceptions whose message reaches the user, made with literal text. */
    static List<String> inExceptions(Path source) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (USER_EXCEPTION.matcher(lines.get(i)).find()) {
                found.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }

    static List<String> in(Path source) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("@")) {
                continue;
            }
            String where = source.getFileName() + ":" + (i + 1) + ": " + line;
            if (line.contains("\"\"\"")) {
                found.add(where + " (a text block)");
                continue;
            }
            if (SHOWN.matcher(line).find() || MNEMONIC.matcher(line).find()) {
                found.add(where);
                continue;
            }
            for (Matcher literal = LITERAL.matcher(line); literal.find();) {
                if (WORDS.matcher(literal.group(1)).find()) {
                    found.add(where);
                    break;
                }
            }
        }
        return found;
    }
}
