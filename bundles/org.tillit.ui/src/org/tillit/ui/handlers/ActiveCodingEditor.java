package org.tillit.ui.handlers;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.tillit.ui.parts.CodingEditorPart;

/** The coding editor a key binding acts on: the active part, when it is one. */
final class ActiveCodingEditor {

    private ActiveCodingEditor() {
    }

    static Optional<CodingEditorPart> of(MPart part) {
        return part != null && part.getObject() instanceof CodingEditorPart editor ? Optional.of(editor) : Optional.empty();
    }
}
