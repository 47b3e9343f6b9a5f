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
import org.tillit.model.Coding;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.retrieval.RetrievalView;

/**
 * Retrieval view: the segments coded with the code selected in the Codebook view, filtered by text,
 * each readable in its context; a double-click opens the document with the coding selected.
 */
public final class RetrievalPart {

    public static final String ID = "org.tillit.ui.part.retrieval";

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private final ISelectionListener codebookSelection = this::codeSelected;
    private RetrievalView view;

    @PostConstruct
    public void createControls(Composite parent) {
        view = new RetrievalView(parent, store, this::open);
        selection.addSelectionListener(CodebookPart.ID, codebookSelection);
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

    private void open(Segment segment) {
        Coding coding = store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(segment.documentGuid()))
                .flatMap(d -> d.getCodings().stream()).filter(c -> c.getGuid().equals(segment.codingGuid())).findFirst()
                .orElse(null));
        if (coding != null) {
            editors.show(coding);
        }
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
