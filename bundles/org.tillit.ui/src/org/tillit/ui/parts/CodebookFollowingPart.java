package org.tillit.ui.parts;

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
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.coding.SegmentCodings;
import org.tillit.ui.widgets.CodeQueryView;

/**
 * A view that asks the query layer about the code selected in the Codebook view (Retrieval,
 * Co-occurrence): it follows that selection, asks again when codings, the codebook or attributes
 * change, and opens a segment in its document with the coding selected.
 */
public abstract class CodebookFollowingPart {

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private final ISelectionListener codebookSelection = this::codeSelected;
    private CodeQueryView view;

    @PostConstruct
    public void createControls(Composite parent) {
        view = create(parent, store);
        selection.addSelectionListener(CodebookPart.ID, codebookSelection);
        // A view behind another tab is made when first shown: start from the code already selected.
        codeSelected(null, selection.getSelection(CodebookPart.ID));
    }

    /** Builds the view's widgets; they open segments through {@link #open}. */
    protected abstract CodeQueryView create(Composite parent, ProjectStore projectStore);

    /** Opens the segment's document with its coding selected, if it is still there. */
    protected final void open(Segment segment) {
        SegmentCodings.of(store, segment).ifPresent(editors::show);
    }

    /** The Codebook view's own selection, whichever part is active; only codes count. */
    private void codeSelected(MPart part, Object selected) {
        if (selected instanceof Code code) {
            view.choose(code);
        }
    }

    @PreDestroy
    public void dispose() {
        selection.removeSelectionListener(CodebookPart.ID, codebookSelection);
    }

    @Inject
    @Optional
    void codingsChanged(@UIEventTopic(TillitEvents.CODINGS_CHANGED) StoreChange change) {
        refresh(change);
    }

    @Inject
    @Optional
    void codebookChanged(@UIEventTopic(TillitEvents.CODEBOOK_CHANGED) StoreChange change) {
        refresh(change);
    }

    @Inject
    @Optional
    void attributesChanged(@UIEventTopic(TillitEvents.ATTRIBUTES_CHANGED) StoreChange change) {
        refresh(change);
    }

    private void refresh(StoreChange change) {
        if (view != null && change.store() == store) {
            view.refresh();
        }
    }

    @Focus
    public void setFocus() {
        view.setFocus();
    }
}
