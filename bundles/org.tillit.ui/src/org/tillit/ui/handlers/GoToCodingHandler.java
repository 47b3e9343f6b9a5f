package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/**
 * Alt+Down / Alt+Up in a coding editor: selects the next or previous coding from the selected one
 * or the caret; with Shift, only codings of the selected coding's code.
 */
public final class GoToCodingHandler {

    public static final String DIRECTION = "org.tillit.command.goToCoding.direction";
    public static final String SAME_CODE = "org.tillit.command.goToCoding.sameCode";

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCodingEditor.of(part).isPresent();
    }

    @Execute
    public void execute(@Named(DIRECTION) String direction, @Optional @Named(SAME_CODE) String sameCode,
            @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        boolean forward = !"previous".equals(direction);
        ActiveCodingEditor.of(part)
                .ifPresent(editor -> editor.editor().selectNextCoding(forward, Boolean.parseBoolean(sameCode)));
    }
}
