package org.tillit.ui.tests.support;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.importer.DocumentImporter;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.StoreEvents;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.commands.UndoRedoMenuLabels;
import org.tillit.ui.importing.ImportLauncher;
import org.tillit.ui.parts.CodingEditorPart;

/**
 * Opens another project in the running workbench, as a restart with {@code --project} would: the
 * application context gets the new store and what is built on it (command stack, command runner,
 * import launcher: the last two are e4 singletons, so new ones are put into the context), the
 * window is named after it, and the parts are built anew on it; then the old store is closed.
 * Only the context and the model are used, so the parts need nothing to support it.
 */
final class ProjectSwitch {

    private ProjectSwitch() {
    }

    /** Runs on the UI thread, with no import running. */
    static void open(Path folder) throws ProjectStoreException {
        MApplication application = workbench().getApplication();
        IEclipseContext context = application.getContext();
        ProjectStore old = context.get(ProjectStore.class);
        ProjectStore store = context.get(ProjectStoreFactory.class).open(ProjectLocation.folder(folder),
                CoderPreference.identity());
        IEventBroker events = context.get(IEventBroker.class);
        ProjectCommandStack stack = new ProjectCommandStack();
        CommandRunner commands = new CommandRunner(stack);
        StoreEvents.forward(store, events);
        context.set(ProjectStore.class, store);
        context.set(ProjectCommandStack.class, stack);
        context.set(CommandRunner.class, commands);
        context.set(ImportLauncher.class, new ImportLauncher(store, context.get(DocumentImporter.class),
                context.get(UISynchronize.class), commands));
        events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> {
            ProjectJobs.cancelAndJoin();
            store.close();
        });
        UndoRedoMenuLabels.attach(application, context.get(EModelService.class), stack, Display.getCurrent()::asyncExec);
        closeCodingEditors(application, context.get(EModelService.class));
        for (MWindow window : application.getChildren()) {
            window.setLabel("Tillit – " + store.project().getName());
            rebuildParts(window);
        }
        if (old != null && old != store) {
            old.close();
        }
    }

    /** The documents of the old project are not in the new one: their editors go. */
    private static void closeCodingEditors(MApplication application, EModelService models) {
        for (MPart part : models.findElements(application, CodingEditors.DESCRIPTOR, MPart.class, null)) {
            part.setToBeRendered(false);
            part.getParent().getChildren().remove(part);
        }
    }

    /** Takes the window's content down and builds it again: new part objects on the new store. */
    private static void rebuildParts(MWindow window) {
        for (MUIElement child : window.getChildren()) {
            if (child.isToBeRendered()) {
                child.setToBeRendered(false);
                child.setToBeRendered(true);
            }
        }
    }

    /** The project the workbench has open now. */
    static ProjectStore openProject() {
        return workbench().getApplication().getContext().get(ProjectStore.class);
    }

    /** The undo stack of the open project, where the views' commands go. */
    static ProjectCommandStack commandStack() {
        return workbench().getApplication().getContext().get(ProjectCommandStack.class);
    }

    /** The coding editor parts that are open (call on the UI thread). */
    static List<CodingEditorPart> codingEditors() {
        MApplication application = workbench().getApplication();
        return application.getContext().get(EModelService.class)
                .findElements(application, CodingEditors.DESCRIPTOR, MPart.class, null).stream()
                .map(MPart::getObject).filter(CodingEditorPart.class::isInstance).map(CodingEditorPart.class::cast).toList();
    }

    static MApplication application() {
        return workbench().getApplication();
    }

    private static IWorkbench workbench() {
        BundleContext bundles = FrameworkUtil.getBundle(ProjectSwitch.class).getBundleContext();
        ServiceReference<IWorkbench> reference = bundles.getServiceReference(IWorkbench.class);
        if (reference == null) {
            throw new IllegalStateException("the workbench is not running");
        }
        return bundles.getService(reference);
    }
}
