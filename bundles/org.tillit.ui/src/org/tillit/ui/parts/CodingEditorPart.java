package org.tillit.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.coding.CodingActions;
import org.tillit.ui.coding.CodingEditor;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.coding.EditorContent;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.DocumentSummary;

/**
 * A coding editor: one document, its codings highlighted and in lanes, coded with mouse and keys.
 * One part per document (see {@link CodingEditors}); the widgets are {@link CodingEditor}, the
 * user's actions {@link CodingActions}.
 */
public final class CodingEditorPart {

    @Inject
    private ProjectStore store;
    @Inject
    private MPart part;
    @Inject
    private EPartService parts;
    @Inject
    private ESelectionService selection;
    @Inject
    private CommandRunner commands;
    @Inject
    private CodingEditors editors;

    private Document document;
    private CodingEditor editor;
    private CodingActions actions;

    @PostConstruct
    public void createControls(Composite parent) {
        document = documentOfPart();
        actions = new CodingActions(parent.getShell(), store, commands, editors, this::language, () -> editor,
                () -> document, span -> selection.setSelection(span == null ? document : span.coding()));
        editor = new CodingEditor(parent, span -> Labels.label(span.code(), language()),
                span -> actions.describe(span), actions);
        if (document != null) {
            load();
        }
    }

    public Document document() {
        return document;
    }

    public CodingActions actions() {
        return actions;
    }

    public CodingEditor editor() {
        return editor;
    }

    /** Applies a code to the selected text: what a double-click or a drop in the Codebook view does. */
    public void apply(Code code) {
        actions.apply(code);
    }

    public void select(Coding coding) {
        editor.content().codings().all().stream().filter(span -> span.coding() == coding).findFirst()
                .ifPresent(editor::select);
    }

    private void load() {
        try {
            EditorContent content = EditorContent.read(store, document);
            editor.show(document.getName() + "  ·  " + DocumentSummary.of(document), content);
        } catch (ProjectStoreException e) {
            FailureLog.error(CodingEditorPart.class, Messages.DocumentPart_cannotOpen, e);
            MessageDialog.openError(null, Messages.DocumentPart_cannotOpen, e.getMessage());
        }
    }

    private Document documentOfPart() {
        if (part.getTransientData().get(CodingEditors.DOCUMENT) instanceof Document known) {
            return known;
        }
        String guid = part.getPersistedState().get(CodingEditors.DOCUMENT_GUID);
        return store.read(project -> project.getDocuments().stream().filter(d -> d.getGuid().equals(guid)).findFirst()
                .orElse(null));
    }

    private Language language() {
        return CodebookLanguage.get(store.project().getLanguage());
    }

    @Inject
    @Optional
    void codingsChanged(@UIEventTopic(TillitEvents.CODINGS_CHANGED) StoreChange changed) {
        if (editor != null && editor.content() != null && changed.store() == store
                && changed.change().codedDocuments().contains(document)) {
            if (changed.change().changedDocuments().contains(document)) {
                textMayHaveChanged(); // a text edit: the text and codings come together
            } else {
                editor.codingsChanged(editor.content().withCodingsFrom(store));
            }
        }
    }

    @Inject
    @Optional
    void codebookChanged(@UIEventTopic(TillitEvents.CODEBOOK_CHANGED) StoreChange changed) {
        if (editor != null && changed.store() == store) {
            editor.codebookChanged();
        }
    }

    @Inject
    @Optional
    void documentsChanged(@UIEventTopic(TillitEvents.DOCUMENTS_CHANGED) StoreChange changed) {
        if (editor == null || changed.store() != store) {
            return;
        }
        if (changed.change().removedDocuments().contains(document)) {
            parts.hidePart(part, true);
        } else if (changed.change().changedDocuments().contains(document) && editor.content() != null) {
            textMayHaveChanged();
        }
    }

    /** An edit of the text (here, its undo, a replace in all documents) changes text, lines and turns. */
    private void textMayHaveChanged() {
        try {
            EditorContent now = EditorContent.read(store, document);
            if (!now.text().equals(editor.content().text())) {
                editor.textChanged(now);
            }
        } catch (ProjectStoreException e) {
            FailureLog.error(CodingEditorPart.class, Messages.DocumentPart_cannotOpen, e);
        }
    }

    @Focus
    public void setFocus() {
        editors.activated(this);
        editor.setFocus();
    }

    @PreDestroy
    void closed() {
        editors.closed(this);
    }

    /** The codings shown, for tests and other views. */
    public List<CodingSpan> codings() {
        return editor.content() == null ? List.of() : editor.content().codings().all();
    }

    /** Whether a code can be applied here: codable and in this project. */
    public boolean accepts(Code code) {
        return code.isCodable() && store.read(p -> CodeTree.allCodes(p.getCodebook()).contains(code));
    }
}
