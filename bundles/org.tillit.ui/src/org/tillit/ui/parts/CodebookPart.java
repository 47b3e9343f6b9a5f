package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.widgets.CodebookTree;

/** Codebook view: the project's code tree, labels in the project's language. */
public final class CodebookPart {

    public static final String ID = "org.tillit.ui.part.codebook";

    @Inject
    private ProjectStore store;

    private CodebookTree tree;

    @PostConstruct
    public void createControls(Composite parent) {
        tree = new CodebookTree(parent);
        tree.show(store.codebook(), Language.fromTag(store.project().getLanguage()));
    }

    @Focus
    public void setFocus() {
        tree.setFocus();
    }
}
