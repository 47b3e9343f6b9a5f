package org.tillit.exchange.reading;

import java.time.Instant;
import java.util.List;

import org.tillit.exchange.reading.RefiRecords.Value;

/**
 * A text source ready to become a document: its plain text as Tillit keeps it ({@code \n} line
 * ends), the original to keep beside it, and its codings in code points of that text.
 *
 * @param guid the source's GUID in the REFI project
 * @param sha256 hex SHA-256 of the plain text (UTF-8)
 * @param originalName file name of the original kept in the project
 * @param original the original's bytes (the rich text file the source names, else its plain text)
 * @param created when the exporting program says the source was made (null: it does not say)
 */
public record ReadSource(String guid, String name, String text, String format, String sha256, String originalName,
        byte[] original, String memo, List<Value> values, List<ReadCoding> codings, Instant created) {

    public ReadSource {
        values = List.copyOf(values);
        codings = List.copyOf(codings);
    }

    /** A coding whose range fits its text (code points, end exclusive). */
    public record ReadCoding(String guid, String codeGuid, String userGuid, Instant created, int start, int end,
            String memo) {
    }
}
