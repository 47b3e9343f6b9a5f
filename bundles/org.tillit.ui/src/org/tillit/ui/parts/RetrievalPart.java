package org.tillit.ui.parts;

import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.retrieval.RetrievalView;

/**
 * Retrieval view: the segments coded with the code selected in the Codebook view, filtered by text,
 * each readable in its context; a double-click opens the document with the coding selected.
 */
public final class RetrievalPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.retrieval";

    @Inject
    private CodingEditors editors;

    private RetrievalView view;

    @Override
    protected void create(Composite parent) {
        view = new RetrievalView(parent, store, segment -> editors.show(store, segment));
    }

    @Override
    protected void codeChosen(Code code) {
        view.choose(code);
    }

    @Override
    protected void refresh() {
        view.refresh();
    }

    @Focus
    public void setFocus() {
        view.setFocus();
    }
}
