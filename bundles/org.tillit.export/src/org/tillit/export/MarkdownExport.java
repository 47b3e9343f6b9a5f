package org.tillit.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Tables as Markdown (GitHub / pandoc pipe tables), each under its title as a second-level
 * heading; numbers right-aligned, percentages with one decimal and a % sign. Pipes and line breaks
 * in a cell are escaped so a quote never breaks its table.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public static void write(List<ExportTable> tables, String title, Path file) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text(tables, title));
            writer.flush();
        });
    }

    /** The Markdown of the tables under a first-level title. */
    public static String text(List<ExportTable> tables, String title) {
        StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n");
        DecimalFormat oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (ExportTable table : tables) {
            md.append("\n## ").append(escape(table.title())).append("\n\n|");
            table.columns().forEach(c -> md.append(' ').append(escape(c.label())).append(" |"));
            md.append("\n|");
            table.columns().forEach(c -> md.append(c.kind() == ExportTable.Kind.TEXT ? " --- |" : " ---: |"));
            md.append('\n');
            for (List<Object> row : table.rows()) {
                md.append('|');
                for (int c = 0; c < row.size(); c++) {
                    md.append(' ').append(cell(row.get(c), table.columns().get(c).kind(), oneDecimal)).append(" |");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String cell(Object value, ExportTable.Kind kind, DecimalFormat oneDecimal) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case PERCENT -> value instanceof Number n ? oneDecimal.format(n.doubleValue()) + " %" : escape(value.toString());
            case DECIMAL -> value instanceof Number n ? oneDecimal.format(n.doubleValue()) : escape(value.toString());
            default -> escape(value.toString());
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
    }
}
