package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.ChangeAttributesCommand;
import org.tillit.importer.AttributeImporter;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.store.ProjectStore;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.importing.ImportAttributesDialog;
import org.tillit.ui.l10n.Messages;

/** File &gt; Import Attributes…: review a sheet of attributes, then apply it as one undoable step. */
public final class ImportAttributesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, AttributeImporter importer,
            ProjectStore store, CommandRunner commands) {
        ImportAttributesDialog dialog = new ImportAttributesDialog(shell, importer, store);
        if (dialog.open() == Window.OK) {
            AttributePlan plan = dialog.plan();
            commands.run(new ChangeAttributesCommand(store, NLS.bind(Messages.ImportAttributes_undoLabel, plan.fileName()),
                    plan.newDefinitions(), plan.assignments()));
        }
    }
}
