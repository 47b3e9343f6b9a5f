package org.tillit.importer.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;

/** Reads a CSV or Excel file, told apart by its content first and its name second. */
public final class SheetReader {

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private SheetReader() {
    }

    public static Sheet read(Path file) throws AttributeImportException {
        String fileName = file.getFileName().toString();
        byte[] bytes = readBounded(file, fileName);
        if (bytes.length == 0) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_empty, fileName));
        }
        byte[] head = Arrays.copyOf(bytes, 4);
        if (Arrays.equals(head, ZIP)) {
            return WorkbookSheetReader.readXlsx(fileName, bytes);
        }
        if (Arrays.equals(head, OLE2)) {
            return WorkbookSheetReader.readXls(fileName, bytes);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_notExcel, fileName));
        }
        if (!CsvSheetReader.hasUtf16Bom(bytes) && looksBinary(bytes)) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_unknownKind, fileName));
        }
        return CsvSheetReader.read(fileName, bytes);
    }

    private static byte[] readBounded(Path file, String fileName) throws AttributeImportException {
        try {
            if (Files.size(file) > SheetLimits.MAX_FILE_BYTES) {
                throw new AttributeImportException(
                        NLS.bind(Messages.Sheet_tooLarge, fileName, SheetLimits.MAX_FILE_BYTES / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) SheetLimits.MAX_FILE_BYTES);
            }
        } catch (IOException e) {
            throw new AttributeImportException(NLS.bind(Messages.Sheet_cannotRead, fileName, e.getMessage()), e);
        }
    }

    /** Text files have no NUL bytes; binaries nearly always do early on. */
    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
