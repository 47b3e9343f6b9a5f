package org.tillit.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectListener;
import org.tillit.store.ProjectStore;

/**
 * Turns the store's change events into workbench events. The store calls it on the committing
 * thread (often a job); {@code post} is asynchronous, and subscribers with {@code @UIEventTopic}
 * receive it on the UI thread, so no widget is touched from another thread.
 */
public final class StoreEvents implements ProjectListener {

    private final ProjectStore store;
    private final IEventBroker events;

    private StoreEvents(ProjectStore store, IEventBroker events) {
        this.store = store;
        this.events = events;
    }

    /** Starts forwarding the store's changes; returns the listener to remove when the store closes. */
    public static ProjectListener forward(ProjectStore store, IEventBroker events) {
        StoreEvents listener = new StoreEvents(store, events);
        store.addListener(listener);
        return listener;
    }

    @Override
    public void changed(ProjectChange change) {
        StoreChange data = new StoreChange(store, change);
        if (change.documentList() || !change.changedDocuments().isEmpty()) {
            events.post(TillitEvents.DOCUMENTS_CHANGED, data);
        }
        if (!change.codedDocuments().isEmpty()) {
            events.post(TillitEvents.CODINGS_CHANGED, data);
        }
        if (change.codebook()) {
            events.post(TillitEvents.CODEBOOK_CHANGED, data);
        }
        if (change.attributes() || change.cases()) {
            events.post(TillitEvents.ATTRIBUTES_CHANGED, data);
        }
        if (change.project()) {
            events.post(TillitEvents.PROJECT_CHANGED, data);
        }
    }
}
