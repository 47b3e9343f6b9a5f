package org.tillit.ui;

import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectStore;

/** A committed change of one open project, as the parts receive it. */
public record StoreChange(ProjectStore store, ProjectChange change) {
}
