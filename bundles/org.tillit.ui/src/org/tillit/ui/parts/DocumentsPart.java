package org.tillit.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.importing.ImportLauncher;
import org.tillit.ui.widgets.DocumentAttributes;
import org.tillit.ui.widgets.DocumentsTable;
import org.tillit.ui.widgets.FileDropTarget;

/** Documents view: the project's documents; double-click opens one, dropped files are imported. */
public final class DocumentsPart {

    public static final String ID = "org.tillit.ui.part.documents";

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;
    @Inject
    private ImportLauncher importLauncher;

    private DocumentsTable table;

    @PostConstruct
    public void createControls(Composite parent) {
        table = new DocumentsTable(parent, editors::open);
        FileDropTarget.attach(table.control(), importLauncher::start);
        table.viewer().addSelectionChangedListener(e -> selection.setSelection(e.getStructuredSelection().getFirstElement()));
        showDocuments();
    }

    /** Rows and attribute values are gathered under the store's lock: an import may be running. */
    private void showDocuments() {
        store.read(project -> {
            table.show(store.documents(),
                    DocumentAttributes.columns(store, CodebookLanguage.get(project.getLanguage())));
            return null;
        });
    }

    @Inject
    @Optional
    void documentsChanged(@UIEventTopic(TillitEvents.DOCUMENTS_CHANGED) StoreChange changed) {
        if (table != null && changed.store() == store) {
            showDocuments();
        }
    }

    /** Coding changes only the codings column of the coded documents. */
    @Inject
    @Optional
    void codingsChanged(@UIEventTopic(TillitEvents.CODINGS_CHANGED) StoreChange changed) {
        if (table != null && changed.store() == store) {
            store.read(project -> {
                table.refresh(changed.change().codedDocuments());
                return null;
            });
        }
    }

    @Inject
    @Optional
    void attributesChanged(@UIEventTopic(TillitEvents.ATTRIBUTES_CHANGED) StoreChange changed) {
        documentsChanged(changed);
    }

    /** The documents selected in the view, in the order shown (the Text search view can search only these). */
    public List<Document> selectedDocuments() {
        return table.viewer().getStructuredSelection().stream().filter(Document.class::isInstance).map(Document.class::cast)
                .toList();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
