package org.tillit.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Document;
import org.tillit.query.Hit;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.search.SearchView;

/**
 * Text search: words, a phrase or a regular expression in every document (or the selected ones, or
 * those meeting a condition), the hits in their context; a double-click opens the document with the
 * hit selected; the hits, or a speaker's turns, can be autocoded as one undoable step.
 */
public final class SearchPart implements Exportable {

    public static final String ID = "org.tillit.ui.part.search";

    @Inject
    private ProjectStore store;
    @Inject
    private CodingEditors editors;
    @Inject
    private CommandRunner commands;
    @Inject
    private EPartService parts;

    private SearchView view;

    @PostConstruct
    public void createControls(Composite parent) {
        view = new SearchView(parent, store, new SearchView.Workbench(this::selectedDocuments, this::open, commands));
    }

    private List<Document> selectedDocuments() {
        MPart documents = parts.findPart(DocumentsPart.ID);
        return documents != null && documents.getObject() instanceof DocumentsPart part ? part.selectedDocuments() : List.of();
    }

    private void open(Hit hit) {
        Document document = store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(hit.documentGuid()))
                .findFirst().orElse(null));
        if (document != null) {
            editors.show(document, hit.start(), hit.end());
        }
    }

    @Inject
    @Optional
    void documentsChanged(@UIEventTopic(TillitEvents.DOCUMENTS_CHANGED) StoreChange change) {
        projectChanged(change);
    }

    @Inject
    @Optional
    void attributesChanged(@UIEventTopic(TillitEvents.ATTRIBUTES_CHANGED) StoreChange change) {
        projectChanged(change);
    }

    /** Texts and attributes decide the hits: a search shown is run again. */
    private void projectChanged(StoreChange change) {
        if (view != null && change.store() == store) {
            view.projectChanged();
        }
    }

    /** What File > Export… exports: the hits shown. */
    @Override
    public ExportSource exportSource() {
        return view == null ? null : view.exportSource();
    }

    @Focus
    public void setFocus() {
        view.setFocus();
    }
}
