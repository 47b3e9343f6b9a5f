package org.tillit.ui;

/**
 * Event topics the workbench parts talk through (IEventBroker). The project topics are posted
 * by {@link StoreEvents} after each commit, whoever made the change (a command, an undo, an
 * import job); their data is a {@link StoreChange}, delivered on the UI thread to
 * {@code @UIEventTopic} subscribers.
 */
public final class TillitEvents {

    /** Documents were added, removed or changed; data: a StoreChange. */
    public static final String DOCUMENTS_CHANGED = "tillit/project/documents";

    /** Codings of some documents changed (StoreChange.change().codedDocuments()); data: a StoreChange. */
    public static final String CODINGS_CHANGED = "tillit/project/codings";

    /** Codes, their tree or the code sets changed; data: a StoreChange. */
    public static final String CODEBOOK_CHANGED = "tillit/project/codebook";

    /** Attribute definitions or values, or cases, changed; data: a StoreChange. */
    public static final String ATTRIBUTES_CHANGED = "tillit/project/attributes";

    /** The project's own fields (name, memo) or its coders changed; data: a StoreChange. */
    public static final String PROJECT_CHANGED = "tillit/project/own";

    /** Any of the changes above, for views that show a little of everything (memos). */
    public static final String ANY_CHANGE = "tillit/project/*";

    private TillitEvents() {
    }
}
