package org.tillit.importer.tika;

import java.text.Normalizer;

/**
 * Makes extracted text stable, because codings point into it by code point: NFC, {@code \n}
 * line endings, no BOM or trailing blanks, at most one empty line between paragraphs. Two passes
 * over the text, one before and one after NFC, since this runs on every imported document.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = Normalizer.normalize(withoutBomsAndCarriageReturns(raw), Normalizer.Form.NFC);
        return withoutTrailingBlanksAndExtraEmptyLines(text).strip();
    }

    /** Before NFC, so that a letter and its accent with a BOM between them still compose. */
    private static String withoutBomsAndCarriageReturns(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean afterCarriageReturn = false; // BOMs left out, so "\r BOM \n" is one line end too
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (c == '\r') {
                out.append('\n');
            } else if (c != '\n' || !afterCarriageReturn) {
                out.append(c);
            }
            afterCarriageReturn = c == '\r';
        }
        return out.toString();
    }

    private static String withoutTrailingBlanksAndExtraEmptyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanksFrom = -1; // where the blanks at the end of out begin, -1 when it ends in none
        int newlines = 0; // newlines at the end of out
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blanksFrom >= 0) {
                    out.setLength(blanksFrom);
                    blanksFrom = -1;
                }
                if (++newlines <= 2) {
                    out.append(c);
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                if (blanksFrom < 0) {
                    blanksFrom = out.length();
                }
            } else {
                blanksFrom = -1;
                newlines = 0; // blanks before a line end go, so they do not end a run of newlines
            }
            out.append(c);
        }
        if (blanksFrom >= 0) {
            out.setLength(blanksFrom);
        }
        return out.toString();
    }
}
