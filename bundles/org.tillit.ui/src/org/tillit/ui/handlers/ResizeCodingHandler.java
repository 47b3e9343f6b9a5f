package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/**
 * Moves an end of the selected coding by one character: Alt+Shift+Left/Right its end,
 * Ctrl+Alt+Left/Right its start. Each press is one undoable step.
 */
public final class ResizeCodingHandler {

    public static final String EDGE = "org.tillit.command.resizeCoding.edge";
    public static final String BY = "org.tillit.command.resizeCoding.by";

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCodingEditor.of(part).map(editor -> editor.editor().selectedCoding() != null).orElse(false);
    }

    @Execute
    public void execute(@Named(EDGE) String edge, @Named(BY) String by, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ActiveCodingEditor.of(part)
                .ifPresent(editor -> editor.actions().resizeSelected("start".equals(edge), Integer.parseInt(by)));
    }
}
