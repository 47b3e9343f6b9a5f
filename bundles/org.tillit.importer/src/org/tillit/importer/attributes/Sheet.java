package org.tillit.importer.attributes;

import java.util.List;

/** The cells of a spreadsheet as text: the header row, then the data rows. */
public record Sheet(String fileName, List<String> headers, List<Row> rows) {

    /** A data row; its number is the one the user sees in the spreadsheet (the header is row 1). */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
