package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/** Ctrl+1..9 in a coding editor: codes the selected text with the favourite code on that key. */
public final class CodeWithFavouriteHandler {

    public static final String NUMBER = "org.tillit.command.codeWithFavourite.number";

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCodingEditor.of(part).isPresent();
    }

    @Execute
    public void execute(@Named(NUMBER) String number, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ActiveCodingEditor.of(part).ifPresent(editor -> editor.actions().favourite(Integer.parseInt(number)));
    }
}
