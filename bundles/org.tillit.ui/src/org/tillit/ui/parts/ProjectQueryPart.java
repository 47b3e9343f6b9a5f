package org.tillit.ui.parts;

import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.Exportable;

/**
 * What the views that ask the project a question (retrieval, quote matrix, comparison...) share:
 * they follow the code selected in the Codebook view, also one chosen before the view was made,
 * and ask again when the codings, the codebook or the attributes of their project change.
 */
public abstract class ProjectQueryPart implements Exportable {

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private final ISelectionListener codebookSelection = this::selected;
    private QueryView view;

    @PostConstruct
    public final void createControls(Composite parent) {
        view = create(parent, store, segment -> editors.show(store, segment));
        selection.addSelectionListener(CodebookPart.ID, codebookSelection);
        if (selection.getSelection(CodebookPart.ID) instanceof Code code) {
            view.choose(code); // chosen while this view was behind another tab and not yet made
        }
    }

    /** Builds the view's widgets; {@code open} shows a segment in its document. */
    protected abstract QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open);

    /** The coding editors, for a view that opens documents at places other than segments. */
    protected final CodingEditors editors() {
        return editors;
    }

    private void selected(MPart part, Object chosen) {
        if (chosen instanceof Code code) {
            view.choose(code);
        }
    }

    /** What File > Export… exports: the view's result, when it has one. */
    @Override
    public final ExportSource exportSource() {
        return view instanceof Exportable exportable ? exportable.exportSource() : null;
    }

    @Focus
    public final void setFocus() {
        view.setFocus();
    }

    @PreDestroy
    public final void dispose() {
        selection.removeSelectionListener(CodebookPart.ID, codebookSelection);
    }

    @Inject
    @Optional
    final void codingsChanged(@UIEventTopic(TillitEvents.CODINGS_CHANGED) StoreChange change) {
        changed(change);
    }

    @Inject
    @Optional
    final void codebookChanged(@UIEventTopic(TillitEvents.CODEBOOK_CHANGED) StoreChange change) {
        changed(change);
    }

    @Inject
    @Optional
    final void attributesChanged(@UIEventTopic(TillitEvents.ATTRIBUTES_CHANGED) StoreChange change) {
        changed(change);
    }

    private void changed(StoreChange change) {
        if (view != null && change.store() == store) {
            view.refresh();
        }
    }
}
