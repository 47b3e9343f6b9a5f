package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
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

    private RetrievalView view;

    @PostConstruct
    public void createControls(Composite parent) {
        view = new RetrievalView(parent, store, this::open);
    }

    /** Only codes count: the selection is other things too (a coding, a document, nothing). */
    @Inject
    @Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Code code) {
        if (view != null && code != null) {
            view.choose(code);
        }
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
