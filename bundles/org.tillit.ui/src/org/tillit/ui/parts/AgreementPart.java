package org.tillit.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.agreement.AgreementView;

/**
 * Agreement view: how far two coders agree per code and overall, split by an attribute when asked
 * (managers' interviews beside employees'), and where they disagree; a double-click on a
 * disagreement opens the document there.
 */
public final class AgreementPart extends ProjectQueryPart {

    public static final String ID = "org.tillit.ui.part.agreement";

    @Override
    protected QueryView create(Composite parent, ProjectStore project, Consumer<Segment> open) {
        return new AgreementView(parent, project, (document, start, end) -> editors().show(document, start, end));
    }
}
