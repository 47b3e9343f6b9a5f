package org.tillit.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.retrieval.RetrievalView;

/**
 * Retrieval view: the segments coded with the code selected in the Codebook view, filtered by text,
 * each readable in its context; a double-click opens the document with the coding selected.
 */
public final class RetrievalPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.retrieval";

    @Override
    protected QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open) {
        return new RetrievalView(parent, project, open);
    }
}
