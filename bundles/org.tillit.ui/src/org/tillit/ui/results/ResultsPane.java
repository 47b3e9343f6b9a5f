package org.tillit.ui.results;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * What the results views (Retrieval, Text search) share below their query rows: the results in a
 * {@link RowTable} and, under it, the selected result in its context ({@link ContextText}).
 */
public final class ResultsPane<T> {

    /** Where a result stands in the text it is read in: the context, and the result's start and length in it (code points). */
    public record Placed(String context, int start, int characters) {
    }

    /** The widget ids of the table and the context, how a row is told apart, whether several rows can be selected. */
    public record Spec<T>(String tableId, String contextId, Function<T, ? extends Serializable> rowId, boolean multiSelection) {
    }

    private final RowTable<T> table;
    private final ContextText context;
    private final Function<T, Placed> placed;

    /**
     * @param placed where a result stands in its context
     * @param onOpen what a double-click or Enter does with a result
     */
    public ResultsPane(Composite parent, Spec<T> spec, Function<T, Placed> placed, Consumer<T> onOpen) {
        this.placed = placed;
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new RowTable<>(split, spec.tableId(), spec.rowId(), spec.multiSelection(),
                new RowTable.Reactions<>(this::showContext, onOpen));
        context = new ContextText(split, spec.contextId());
        split.setWeights(70, 30);
    }

    /** Shows these results (in the order the user sorted by) and the selected one's context. */
    public void show(List<T> results, List<Column<T>> columns) {
        table.show(results, columns);
        showContext(table.selected());
    }

    public RowTable<T> table() {
        return table;
    }

    /** The context text is made after the table, which may report a selection before it exists. */
    private void showContext(T result) {
        if (context == null) {
            return;
        }
        Placed shown = result == null ? new Placed(null, 0, 0) : placed.apply(result);
        context.show(shown.context(), shown.start(), shown.characters());
    }
}
