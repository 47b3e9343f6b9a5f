package org.tillit.exchange.writing;

import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectListener;
import org.tillit.store.ProjectStore;

/** Tells whether any change was committed to the project while an export read it in turns. */
final class ChangeWatch implements ProjectListener, AutoCloseable {

    private final ProjectStore store;
    private volatile boolean changed;

    private ChangeWatch(ProjectStore store) {
        this.store = store;
    }

    static ChangeWatch on(ProjectStore store) {
        ChangeWatch watch = new ChangeWatch(store);
        store.addListener(watch);
        return watch;
    }

    @Override
    public void changed(ProjectChange change) {
        changed = true;
    }

    boolean changed() {
        return changed;
    }

    @Override
    public void close() {
        store.removeListener(this);
    }
}
