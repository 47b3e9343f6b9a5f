package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.memos.MemoTargets;
import org.tillit.ui.memos.MemosTable;

/**
 * Memos view: every memo of the project with what it is on. A double-click opens a document's or
 * coding's text in its coding editor, and selects any memo's owner, so the Memo view shows it.
 */
public final class MemosPart {

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private MemosTable table;

    @PostConstruct
    public void createControls(Composite parent) {
        table = new MemosTable(parent, this::open);
        showMemos();
    }

    private void open(EObject owner) {
        if (owner instanceof Coding coding) {
            editors.show(coding);
        } else if (owner instanceof Document document) {
            editors.open(document);
        }
        selection.setSelection(owner);
    }

    private void showMemos() {
        table.show(store.read(project -> {
            Language language = CodebookLanguage.get(project.getLanguage());
            return MemoTargets.withMemos(project).stream()
                    .map(owner -> new MemosTable.Row(owner, MemoTargets.describe(owner, language), MemoTargets.memoOf(owner)))
                    .toList();
        }));
    }

    /** One subscription for every kind of change: a memo may be on anything. */
    @Inject
    @Optional
    void changed(@UIEventTopic(TillitEvents.ANY_CHANGE) StoreChange change) {
        refresh(change);
    }

    private void refresh(StoreChange change) {
        if (table != null && change.store() == store) {
            showMemos();
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
