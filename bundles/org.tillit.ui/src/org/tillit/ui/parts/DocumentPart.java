package org.tillit.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Document;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.DocumentSummary;
import org.tillit.ui.widgets.DocumentTextViewer;

/** Document view: the plain text of the document last opened from the Documents view. */
public final class DocumentPart {

    public static final String ID = "org.tillit.ui.part.document";

    @Inject
    private ProjectStore store;
    @Inject
    private MPart part;
    @Inject
    private EPartService parts;

    private DocumentTextViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        viewer = new DocumentTextViewer(parent);
    }

    @Inject
    @Optional
    void open(@UIEventTopic(TillitEvents.DOCUMENT_OPENED) Document document) {
        if (viewer == null) {
            return;
        }
        try {
            viewer.show(document.getName(), DocumentSummary.of(document), store.text(document));
            part.setLabel(document.getName());
            parts.activate(part);
        } catch (ProjectStoreException e) {
            FailureLog.error(DocumentPart.class, Messages.DocumentPart_cannotOpen, e);
            MessageDialog.openError(null, Messages.DocumentPart_cannotOpen, e.getMessage());
        }
    }

    @Focus
    public void setFocus() {
        viewer.setFocus();
    }
}
