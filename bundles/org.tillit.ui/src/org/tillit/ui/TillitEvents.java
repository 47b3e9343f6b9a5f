package org.tillit.ui;

/** Event topics the workbench parts talk through (IEventBroker). */
public final class TillitEvents {

    /** Documents were added to or removed from the project; data: the ProjectStore. */
    public static final String DOCUMENTS_CHANGED = "tillit/documents/changed";

    /** The project changed through a command, an undo or a redo; data: the ProjectStore. */
    public static final String PROJECT_CHANGED = "tillit/project/changed";

    /** A document should be shown in the Document view; data: the org.tillit.model.Document. */
    public static final String DOCUMENT_OPENED = "tillit/document/opened";

    private TillitEvents() {
    }
}
