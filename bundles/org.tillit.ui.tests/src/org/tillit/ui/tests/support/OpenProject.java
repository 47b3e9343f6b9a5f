package org.tillit.ui.tests.support;

import java.util.List;

import org.tillit.commands.ProjectCommandStack;
import org.tillit.store.ProjectStore;
import org.tillit.ui.parts.CodingEditorPart;

/** What a test may ask of the project the workbench has open, besides what the views show. */
public final class OpenProject {

    private OpenProject() {
    }

    public static ProjectStore store() {
        return ProjectSwitch.openProject();
    }

    public static ProjectCommandStack commandStack() {
        return ProjectSwitch.commandStack();
    }

    /** The open coding editors; call on the UI thread. */
    public static List<CodingEditorPart> codingEditors() {
        return ProjectSwitch.codingEditors();
    }
}
