package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/** Alt+Down in a coding editor: selects the next coding after the caret (Alt+Shift+Down: the next of the selected coding's code). */
public final class NextCodingHandler {

    public static final String SAME_CODE = "org.tillit.command.nextCoding.sameCode";

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCodingEditor.of(part).isPresent();
    }

    @Execute
    public void execute(@Optional @Named(SAME_CODE) String same, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        boolean sameCode = Boolean.parseBoolean(same);
        ActiveCodingEditor.of(part).ifPresent(editor -> editor.editor().selectNextCoding(true, sameCode));
    }
}
