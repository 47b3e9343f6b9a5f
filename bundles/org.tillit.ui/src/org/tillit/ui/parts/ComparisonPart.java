package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;
import org.tillit.ui.comparison.ComparisonView;

/**
 * Comparison view: codes x groups (an attribute's values, code sets or documents) as a heat map, each
 * cell checked for resting on too few respondents; a cell lists its quotes, a quote opens where it
 * was coded. The rows can follow the code selected in the Codebook view. {@link #view()} holds the
 * result shown, for a further view of the same matrix.
 */
public final class ComparisonPart extends CodedSegmentsPart<ComparisonView> {

    public static final String ID = "org.tillit.ui.part.comparison";

    @PostConstruct
    public void createControls(Composite parent) {
        show(new ComparisonView(parent, store, this::open));
    }
}
