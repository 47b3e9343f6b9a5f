package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;

/**
 * What the views that ask the project a question (retrieval, quote matrix, comparison...) share:
 * they follow the code selected in the Codebook view, also one chosen before the view was made,
 * and ask again when the codings, the codebook or the attributes of their project change.
 */
public abstract class ProjectQueryPart {

    @Inject
    protected ProjectStore store;
    @Inject
    private ESelectionService selection;

    private final ISelectionListener codebookSelection = this::selected;
    private boolean made;

    @PostConstruct
    public final void createControls(Composite parent) {
        create(parent);
        made = true;
        selection.addSelectionListener(CodebookPart.ID, codebookSelection);
        if (selection.getSelection(CodebookPart.ID) instanceof Code code) {
            codeChosen(code); // chosen while this view was behind another tab and not yet made
        }
    }

    /** Builds the view's widgets. */
    protected abstract void create(Composite parent);

    /** The user selected this code in the Codebook view. */
    protected abstract void codeChosen(Code code);

    /** The project changed: ask again. */
    protected abstract void refresh();

    private void selected(MPart part, Object chosen) {
        if (chosen instanceof Code code) {
            codeChosen(code);
        }
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
        if (made && change.store() == store) {
            refresh();
        }
    }
}
