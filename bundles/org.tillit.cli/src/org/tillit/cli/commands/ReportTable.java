package org.tillit.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tillit.cli.Arguments;

/**
 * A report's rows under named columns, printed as aligned text, as CSV (Apache Commons CSV, a
 * header line, RFC 4180 quoting) or as a JSON array of objects. Lists and maps in a cell are kept
 * as they are in JSON and joined with "; " in text and CSV.
 */
final class ReportTable {

    static final String FORMAT = "format";
    static final String TEXT = "text";
    static final String CSV = "csv";
    static final String JSON = "json";

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    ReportTable(String... columns) {
        this.columns = List.of(columns);
    }

    /** --format text|csv|json, text when absent. */
    static String format(Arguments arguments) {
        return arguments.choice(FORMAT, List.of(TEXT, CSV, JSON), TEXT);
    }

    /** A row; null for an empty cell. */
    void add(Object... values) {
        rows.add(Arrays.asList(values.clone()));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(String format, PrintStream out) {
        switch (format) {
            case CSV -> printCsv(out);
            case JSON -> out.println(Json.GSON.toJson(objects()));
            default -> printColumns(out);
        }
    }

    List<Map<String, Object>> objects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    /** Into a buffer first: closing a printer on {@code out} would close stdout. */
    private void printCsv(PrintStream out) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(ReportTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(text);
    }

    /** Aligned columns two spaces apart; numbers right-aligned. */
    private void printColumns(PrintStream out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns);
        rows.forEach(row -> lines.add(row.stream().map(ReportTable::cell).toList()));
        int[] widths = new int[columns.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], length(line.get(i)));
            }
        }
        for (int r = 0; r < lines.size(); r++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = lines.get(r).get(i);
                String padding = " ".repeat(widths[i] - length(cell));
                boolean number = r > 0 && rows.get(r - 1).get(i) instanceof Number;
                text.append(i > 0 ? "  " : "").append(number ? padding + cell : i == widths.length - 1 ? cell : cell + padding);
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A cell as text: numbers without needless decimals, lists and maps joined. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        if (value instanceof Collection<?> items) {
            return String.join("; ", items.stream().map(ReportTable::cell).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<String> pairs = new ArrayList<>();
            map.forEach((k, v) -> pairs.add(k + "=" + cell(v)));
            return String.join("; ", pairs);
        }
        return value.toString();
    }
}
