package org.tillit.ui.parts;

import org.eclipse.swt.widgets.Composite;
import org.tillit.store.ProjectStore;
import org.tillit.ui.retrieval.RetrievalView;
import org.tillit.ui.widgets.CodeQueryView;

/**
 * Retrieval view: the segments coded with the code selected in the Codebook view, filtered by text,
 * each readable in its context; a double-click opens the document with the coding selected.
 */
public final class RetrievalPart extends CodebookFollowingPart {

    public static final String ID = "org.tillit.ui.part.retrieval";

    @Override
    protected CodeQueryView create(Composite parent, ProjectStore store) {
        return new RetrievalView(parent, store, this::open);
    }
}
