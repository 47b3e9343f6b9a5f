package org.tillit.ui.retrieval;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.Retrieval;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;

/**
 * The Retrieval view's widgets: the query row, the table of segments and, below it, the selected
 * segment in its context. The segments come from {@link Retrieval}, under the store's lock.
 */
public final class RetrievalView implements CodedSegmentsView {

    private final ProjectStore store;
    private final RetrievalControls controls;
    private final SegmentTable table;
    private SegmentContext context;

    public RetrievalView(Composite parent, ProjectStore store, Consumer<Segment> onOpen) {
        this.store = store;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        controls = new RetrievalControls(parent, query -> refresh());
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new SegmentTable(split, WidgetIds.RETRIEVAL_TABLE, this::showContext, onOpen);
        context = new SegmentContext(split, WidgetIds.RETRIEVAL_CONTEXT);
        split.setWeights(70, 30);
    }

    /** Retrieves the segments of this code; from the Codebook view's selection. */
    @Override
    public void choose(Code code) {
        String path = store.read(project -> CodePaths.of(code, language(project.getLanguage())));
        controls.choose(code, path);
        refresh();
    }

    /** Asks for the segments again: the codings, the codebook or the attributes changed. */
    @Override
    public void refresh() {
        RetrievalQuery query = controls.query();
        Code code = query.code();
        boolean stillThere = code != null && store.read(p -> CodeTree.allCodes(p.getCodebook()).contains(code));
        if (code != null && !stillThere) {
            controls.choose(null, null);
        }
        SegmentColumns columns = SegmentColumns.of(store);
        List<Segment> segments = stillThere ? Retrieval.segments(store, query.filter(), query.context()) : List.of();
        table.show(segments, columns);
        controls.showCount(segments.size());
        context.show(table.selected());
    }

    /** The context text is made after the table, which may report a selection before it exists. */
    private void showContext(Segment segment) {
        if (context != null) {
            context.show(segment);
        }
    }

    public SegmentTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    private static Language language(String projectLanguage) {
        return Language.fromTag(projectLanguage);
    }
}
