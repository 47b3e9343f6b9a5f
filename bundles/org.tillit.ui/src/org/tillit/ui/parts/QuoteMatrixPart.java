package org.tillit.ui.parts;

import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.quotes.QuoteMatrixView;

/**
 * Quote matrix: for the code selected in the Codebook view and its sub-codes, the quotes of each
 * group side by side with their citations; a double-click on a quote opens it in the coding editor.
 */
public final class QuoteMatrixPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.quoteMatrix";

    @Inject
    private CodingEditors editors;

    private QuoteMatrixView view;

    @Override
    protected void create(Composite parent) {
        view = new QuoteMatrixView(parent, store, segment -> editors.show(store, segment));
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
