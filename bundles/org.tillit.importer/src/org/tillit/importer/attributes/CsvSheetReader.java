package org.tillit.importer.attributes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;

/**
 * CSV as spreadsheets write it: comma, semicolon (Swedish Excel) or tab separated, UTF-8 with or
 * without BOM, or the Windows-1252 older Excel versions save.
 */
final class CsvSheetReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheetReader() {
    }

    static Sheet read(String fileName, byte[] bytes) throws AttributeImportException {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                lineNumbers.add((int) parser.getCurrentLineNumber());
                SheetLimits.checkRows(fileName, records.size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_badCsv, fileName, e.getMessage()), e);
        }
        if (records.isEmpty()) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_csvEmpty, fileName));
        }
        List<Sheet.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new Sheet.Row(lineNumbers.get(i), records.get(i)));
        }
        return new Sheet(fileName, records.get(0), rows);
    }

    /** Excel's "Unicode text" is UTF-16 with a byte order mark. */
    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    /** UTF-16 by its BOM; UTF-8 when the bytes are valid UTF-8 (BOM dropped); else Windows-1252. */
    private static String decode(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator that occurs most often in the header line, outside quotes. */
    private static char delimiterOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
