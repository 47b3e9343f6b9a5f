package org.tillit.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.quotes.QuoteMatrixView;

/**
 * Quote matrix: for the code selected in the Codebook view and its sub-codes, the quotes of each
 * group side by side with their citations; a double-click on a quote opens it in the coding editor.
 */
public final class QuoteMatrixPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.quoteMatrix";

    @Override
    protected QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open) {
        return new QuoteMatrixView(parent, project, open);
    }
}
