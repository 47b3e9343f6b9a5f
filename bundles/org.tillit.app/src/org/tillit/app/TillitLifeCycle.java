package org.tillit.app;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.tillit.app.l10n.Messages;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.StoreEvents;
import org.tillit.ui.commands.UndoRedoMenuLabels;

/**
 * Opens the project before any part is created, so parts can simply inject the ProjectStore,
 * and closes it when the workbench shuts down.
 */
public final class TillitLifeCycle {

    @PostContextCreate
    void openProject(IEclipseContext context, ProjectStoreFactory stores, IEventBroker events) {
        Path folder = ProjectLocation.resolve();
        ProjectStore store;
        try {
            store = stores.open(org.tillit.store.ProjectLocation.folder(folder), CoderPreference.identity());
        } catch (ProjectStoreException e) {
            FailureLog.warning(TillitLifeCycle.class, Messages.LifeCycle_cannotOpen, e);
            MessageDialog.openError(null, Messages.LifeCycle_cannotOpen, e.getMessage());
            // Nothing to save and no window yet: leaving here is the clean way out.
            System.exit(1);
            return;
        }
        context.set(ProjectStore.class, store);
        context.set(ProjectCommandStack.class, new ProjectCommandStack());
        StoreEvents.forward(store, events);
        // Jobs still writing (an import) are cancelled and waited for: the store closes last.
        events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> {
            ProjectJobs.cancelAndJoin();
            store.close();
        });
    }

    @ProcessAdditions
    void nameWindowAndLabelUndo(MApplication application, ProjectStore store, EModelService models,
            ProjectCommandStack commands) {
        for (MWindow window : application.getChildren()) {
            window.setLabel(NLS.bind(Messages.LifeCycle_windowTitle, store.project().getName()));
        }
        Display display = Display.getCurrent();
        UndoRedoMenuLabels.attach(application, models, commands, display::asyncExec);
    }
}
