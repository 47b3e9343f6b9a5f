package org.tillit.ui.tests.support;

import org.tillit.store.ProjectStore;

/** What a test may ask of the project the workbench has open, besides what the views show. */
public final class OpenProject {

    private OpenProject() {
    }

    public static ProjectStore store() {
        return ProjectSwitch.openProject();
    }
}
