package org.tillit.ui.export;

import java.util.List;

import org.tillit.export.ExportTable;
import org.tillit.query.Hit;

/** Text search hits as an export table: document, case, line, the hit and its context. */
final class HitTables {

    private HitTables() {
    }

    static ExportTable of(List<Hit> hits) {
        ExportTable table = new ExportTable(Messages.Hits_table, List.of(ExportTable.text(Messages.Hits_document),
                ExportTable.text(Messages.Hits_case), ExportTable.integer(Messages.Hits_line),
                ExportTable.text(Messages.Hits_hit), ExportTable.text(Messages.Hits_context)));
        for (Hit hit : hits) {
            table.add(hit.documentName(), String.join(", ", hit.cases()), hit.line(), hit.text(),
                    hit.context() == null ? "" : hit.context());
        }
        return table;
    }
}
