package org.tillit.ui.commands;

import java.util.concurrent.Executor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.ui.l10n.Messages;

/** Keeps Edit &gt; Undo and Redo saying what they will do: "Undo Apply code 'Stöd'". */
public final class UndoRedoMenuLabels {

    public static final String UNDO_ITEM = "org.tillit.app.menu.edit.undo";
    public static final String REDO_ITEM = "org.tillit.app.menu.edit.redo";

    private UndoRedoMenuLabels() {
    }

    /** @param uiThread runs a task on the UI thread (Display::asyncExec) */
    public static void attach(MApplication application, EModelService models, ProjectCommandStack stack,
            Executor uiThread) {
        Runnable update = () -> {
            set(application, models, UNDO_ITEM, stack.undoLabel(), Messages.Edit_undo);
            set(application, models, REDO_ITEM, stack.redoLabel(), Messages.Edit_redo);
        };
        stack.addCommandStackListener(event -> uiThread.execute(update));
        update.run();
    }

    private static void set(MApplication application, EModelService models, String id, String label, String idle) {
        for (MMenuItem item : models.findElements(application, id, MMenuItem.class, null,
                EModelService.IN_ACTIVE_PERSPECTIVE | EModelService.IN_MAIN_MENU | EModelService.OUTSIDE_PERSPECTIVE)) {
            item.setLabel(label == null ? idle : label.replace("&", "&&"));
        }
    }
}
