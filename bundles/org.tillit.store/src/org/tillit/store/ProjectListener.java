package org.tillit.store;

/**
 * Hears what a committed unit of work changed. Called once per commit, on the thread that
 * committed, after the store's lock is released: a listener must return quickly and hand any
 * UI work to the UI thread (in the workbench: post an event).
 */
@FunctionalInterface
public interface ProjectListener {
    void changed(ProjectChange change);
}
