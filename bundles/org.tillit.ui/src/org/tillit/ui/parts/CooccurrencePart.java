package org.tillit.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.cooccurrence.CooccurrenceView;

/**
 * Co-occurrence view: which codes are found together (overlapping, in one paragraph or speaker
 * turn, or near each other) as a code x code matrix, for every code or the one selected in the
 * Codebook view with its sub-codes; a cell lists its pairs of segments, and a double-click opens
 * the document at the first.
 */
public final class CooccurrencePart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.cooccurrence";

    @Override
    protected QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open) {
        return new CooccurrenceView(parent, project, open);
    }
}
