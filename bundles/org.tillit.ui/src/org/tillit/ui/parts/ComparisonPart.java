package org.tillit.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.comparison.ComparisonView;

/**
 * Comparison view: codes x groups (an attribute's values, code sets or documents) as a heat map, each
 * cell checked for resting on too few respondents; a cell lists its quotes, a quote opens where it
 * was coded. The rows can follow the code selected in the Codebook view; a Chart tab draws the same.
 */
public final class ComparisonPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.comparison";

    @Override
    protected QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open) {
        return new ComparisonView(parent, project, open);
    }
}
