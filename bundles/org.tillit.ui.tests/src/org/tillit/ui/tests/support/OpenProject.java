package org.tillit.ui.tests.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
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

    /**
     * Gives parts of the window these weights (the model's container data, as dragging a sash sets
     * it), by element id; returns what puts the old ones back. Call on the UI thread.
     */
    public static Runnable weigh(Map<String, Integer> weights) {
        MApplication application = ProjectSwitch.application();
        EModelService models = application.getContext().get(EModelService.class);
        Map<MUIElement, String> before = new LinkedHashMap<>();
        weights.forEach((id, weight) -> {
            MUIElement element = models.find(id, application);
            before.put(element, element.getContainerData());
            element.setContainerData(Integer.toString(weight));
        });
        return () -> before.forEach(MUIElement::setContainerData);
    }

    /** The open coding editors; call on the UI thread. */
    public static List<CodingEditorPart> codingEditors() {
        return ProjectSwitch.codingEditors();
    }
}
