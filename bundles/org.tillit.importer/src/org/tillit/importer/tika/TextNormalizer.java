package org.tillit.importer.tika;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes extracted text stable, because codings point into it by code point: NFC, {@code \n}
 * line endings, no BOM or trailing blanks, at most one empty line between paragraphs.
 */
public final class TextNormalizer {

    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern MANY_EMPTY_LINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = raw.replace("\uFEFF", "");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = TRAILING_BLANKS.matcher(text + "\n").replaceAll("\n");
        text = MANY_EMPTY_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
