package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.tillit.importer.DocumentExtractor;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.exchange.RefiImports;

/**
 * File &gt; Import from Other Programs…: a REFI-QDA project or codebook, planned, then brought in as one
 * undoable step, or a project as a new project of its own.
 */
public final class ImportRefiHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store, CommandRunner commands,
            @Optional DocumentExtractor extractor, ProjectStoreFactory stores, IWorkbench workbench) {
        RefiImports.open(shell, store, commands, extractor, stores, workbench);
    }
}
