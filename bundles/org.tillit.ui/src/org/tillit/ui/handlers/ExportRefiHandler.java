package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.Code;
import org.tillit.store.ProjectStore;
import org.tillit.ui.exchange.RefiExports;
import org.tillit.ui.parts.CodebookPart;

/** File &gt; Export for Other Programs…: the project or its codebook as REFI-QDA 1.5. */
public final class ExportRefiHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store, EPartService parts) {
        // A code selected in the Codebook view can go alone, with its sub-codes, as a .qdc.
        MPart codebook = parts.findPart(CodebookPart.ID);
        Code selected = codebook != null && codebook.getObject() instanceof CodebookPart part ? part.selectedCode() : null;
        RefiExports.open(shell, store, selected);
    }
}
