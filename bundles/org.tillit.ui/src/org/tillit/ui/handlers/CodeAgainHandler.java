package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/** Ctrl+R in a coding editor: codes the selected text with the code used last. */
public final class CodeAgainHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCodingEditor.of(part).isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ActiveCodingEditor.of(part).ifPresent(editor -> editor.actions().codeAgain());
    }
}
