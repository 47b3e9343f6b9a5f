package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.tillit.store.ProjectStore;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.export.Exports;

/**
 * File &gt; Export…: the result of the active view (Retrieval, Comparison, Quote matrix,
 * Co-occurrence, Text search, Agreement), or the codebook when the Codebook view is active.
 */
public final class ExportHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return source(part) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, ProjectStore store) {
        ExportSource source = source(part);
        if (source != null) {
            Exports.open(shell, store, source);
        }
    }

    private static ExportSource source(MPart part) {
        return part != null && part.getObject() instanceof Exportable view ? view.exportSource() : null;
    }
}
