package org.tillit.importer.attributes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;
import org.tillit.model.AttributeDefinition;
import org.tillit.store.AttributeChanges.Assignment;

/**
 * What a spreadsheet of attributes would change, for the user to review before anything is
 * applied: the attribute of each column (existing, or new with its detected type), the document
 * or case each row names, and every problem found. A plan with problems is not applied at all.
 */
public final class AttributePlan {

    /** A spreadsheet column and the attribute it fills. */
    public record Column(String header, AttributeDefinition definition, boolean isNew) {
    }

    /**
     * A data row: the name in its first column, what that name matched (null: nothing) and its
     * values as they would be stored, one per column (null where the cell is empty).
     */
    public record Row(int number, String name, EObject owner, List<String> values) {

        public boolean matched() {
            return owner != null;
        }
    }

    private final String fileName;
    private final List<Column> columns;
    private final List<Row> rows;
    private final List<String> problems;
    private final List<String> unknownNames;

    AttributePlan(String fileName, List<Column> columns, List<Row> rows, List<String> problems, List<String> unknownNames) {
        this.fileName = fileName;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.unknownNames = List.copyOf(unknownNames);
    }

    public String fileName() {
        return fileName;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Bad values, ambiguous or repeated names, unnamed columns: each blocks applying the plan. */
    public List<String> problems() {
        return problems;
    }

    /** Rows whose name matches no document or case, one message per row. */
    public List<String> unknownNames() {
        return unknownNames;
    }

    /** Definitions the plan creates, in column order. */
    public List<AttributeDefinition> newDefinitions() {
        return columns.stream().filter(Column::isNew).map(Column::definition).toList();
    }

    /** Every value the plan sets; empty cells change nothing. */
    public List<Assignment> assignments() {
        List<Assignment> assignments = new ArrayList<>();
        for (Row row : rows) {
            if (row.matched()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (row.values().get(i) != null) {
                        assignments.add(new Assignment(row.owner(), columns.get(i).definition(), row.values().get(i)));
                    }
                }
            }
        }
        return assignments;
    }

    /**
     * Whether the whole plan can be applied: no problems, something to set, and rows with unknown
     * names only when the user chose to leave them out.
     */
    public boolean canApply(boolean skipUnknownNames) {
        return problems.isEmpty() && (skipUnknownNames || unknownNames.isEmpty()) && !assignments().isEmpty();
    }

    public long matchedRows() {
        return rows.stream().filter(Row::matched).count();
    }

    /** One line, e.g. "3 attributes (1 new) for 12 of 14 rows: 30 values". */
    public String summary() {
        return NLS.bind(columns.size() == 1 ? Messages.Plan_summaryOne : Messages.Plan_summary, new Object[] {
                columns.size(), newDefinitions().size(), matchedRows(), rows.size(), assignments().size() });
    }
}
