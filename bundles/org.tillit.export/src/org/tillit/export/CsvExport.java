package org.tillit.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV (Apache Commons CSV, RFC 4180 quoting, UTF-8, a header row). For a Swedish Excel
 * the separator is a semicolon, decimals take a comma and the file starts with a byte-order mark,
 * without which Excel reads UTF-8 as Latin-1 and garbles å, ä and ö.
 */
public final class CsvExport {

    /** How the file is spelled. */
    public record Dialect(char separator, boolean byteOrderMark) {

        public static final Dialect STANDARD = new Dialect(',', false);
        public static final Dialect SWEDISH_EXCEL = new Dialect(';', true);

        /** A comma is the field separator, so decimals take one only when fields are split by semicolons. */
        char decimalSeparator() {
            return separator == ';' ? ',' : '.';
        }
    }

    private CsvExport() {
    }

    public static void write(ExportTable table, Path file, Dialect dialect) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (dialect.byteOrderMark()) {
                writer.write('\uFEFF');
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.separator()).setRecordSeparator("\r\n").get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(table.columns().stream().map(ExportTable.Column::label).toList());
                DecimalFormat decimals = decimals(dialect.decimalSeparator());
                for (List<Object> row : table.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (int c = 0; c < row.size(); c++) {
                        cells.add(cell(row.get(c), table.columns().get(c).kind(), decimals));
                    }
                    printer.printRecord(cells);
                }
            }
        });
    }

    private static String cell(Object value, ExportTable.Kind kind, DecimalFormat decimals) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case DECIMAL, PERCENT -> value instanceof Number number ? decimals.format(number.doubleValue()) : value.toString();
            default -> value.toString();
        };
    }

    /** Up to four decimals, no grouping: a value R or Excel reads back exactly as a number. */
    private static DecimalFormat decimals(char separator) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(separator);
        DecimalFormat format = new DecimalFormat("0.####", symbols);
        format.setGroupingUsed(false);
        return format;
    }
}
