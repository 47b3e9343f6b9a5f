package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.memos.MemoEditor;
import org.tillit.ui.memos.MemoTargets;

/** Memo view: the memo of what is selected elsewhere (project, document, case, code, coding). */
public final class MemoPart {

    @Inject
    private ProjectStore store;
    @Inject
    private CommandRunner commands;

    private MemoEditor editor;

    @PostConstruct
    public void createControls(Composite parent) {
        editor = new MemoEditor(parent, store, commands);
        show(store.project());
    }

    /** Follows the selection of the other views; its own (none) and what has no memo leave it as is. */
    @Inject
    @Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (editor != null && MemoTargets.canHaveMemo(selection) && selection != editor.owner()) {
            show((EObject) selection);
        }
    }

    public void show(EObject owner) {
        editor.show(owner, store.read(p -> MemoTargets.describe(owner, CodebookLanguage.get(p.getLanguage()))));
    }

    /** One subscription for every kind of change: a memo may be on anything. */
    @Inject
    @Optional
    void changed(@UIEventTopic(TillitEvents.ANY_CHANGE) StoreChange change) {
        refresh(change);
    }

    private void refresh(StoreChange change) {
        if (editor != null && change.store() == store) {
            editor.refresh();
        }
    }

    @Focus
    public void setFocus() {
        editor.setFocus();
    }
}
