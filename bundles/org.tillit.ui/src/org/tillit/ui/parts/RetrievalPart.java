package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;
import org.tillit.ui.retrieval.RetrievalView;

/**
 * Retrieval view: the segments coded with the code selected in the Codebook view, filtered by text,
 * each readable in its context; a double-click opens the document with the coding selected.
 */
public final class RetrievalPart extends CodedSegmentsPart<RetrievalView> {

    public static final String ID = "org.tillit.ui.part.retrieval";

    @PostConstruct
    public void createControls(Composite parent) {
        show(new RetrievalView(parent, store, this::open));
    }
}
