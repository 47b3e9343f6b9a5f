package org.tillit.ui.parts;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.tillit.model.Code;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.retrieval.CodedSegmentsView;
import org.tillit.ui.retrieval.SegmentOpener;

/**
 * What the views of coded segments (Retrieval, Comparison) share: they follow the code selected in
 * the Codebook view, ask again when codings, the codebook or attributes change, and open a segment
 * in the coding editor with its coding selected.
 */
abstract class CodedSegmentsPart<V extends CodedSegmentsView> {

    @Inject
    protected ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private final ISelectionListener codebookSelection = this::codeSelected;
    private V view;

    /**
     * Shows the view and starts following the Codebook view: a view first shown after a code was
     * selected starts with that code.
     */
    protected void show(V created) {
        view = created;
        selection.addSelectionListener(CodebookPart.ID, codebookSelection);
        codeSelected(null, selection.getSelection(CodebookPart.ID));
    }

    protected void open(Segment segment) {
        SegmentOpener.open(store, editors, segment);
    }

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
        changed(change);
    }

    @Inject
    @Optional
    void codebookChanged(@UIEventTopic(TillitEvents.CODEBOOK_CHANGED) StoreChange change) {
        changed(change);
    }

    @Inject
    @Optional
    void attributesChanged(@UIEventTopic(TillitEvents.ATTRIBUTES_CHANGED) StoreChange change) {
        changed(change);
    }

    private void changed(StoreChange change) {
        if (view != null && change.store() == store) {
            view.refresh();
        }
    }

    public V view() {
        return view;
    }

    @Focus
    public void setFocus() {
        view.setFocus();
    }
}
