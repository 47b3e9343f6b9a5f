package org.tillit.ui.widgets;

import java.util.List;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.ui.coding.SelectedText;

/**
 * Dragging in the Codebook view: a code onto a code (it becomes its last sub-code) or between codes
 * moves it; text dragged from a coding editor onto a code is coded with it.
 */
public final class CodeDragAndDrop {

    /** Carries a drop out as a move. */
    @FunctionalInterface
    public interface Mover {
        void move(Code code, Code newParent, int index);
    }

    private CodeDragAndDrop() {
    }

    /** Codes text dragged from a coding editor with the code it was dropped on. */
    @FunctionalInterface
    public interface TextCoder {
        void code(SelectedText text, Code code);
    }

    public static void attach(TreeViewer viewer, Mover mover, TextCoder coder) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        // Copy as well: a code dropped on a coding editor's text codes it and stays where it is.
        viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                if (draggedText() != null) {
                    return target instanceof Code code && code.isCodable();
                }
                Code dragged = dragged();
                return dragged != null && (target == null || target instanceof Code)
                        && !(target instanceof Code code && CodeTree.isInside(code, dragged));
            }

            @Override
            public boolean performDrop(Object data) {
                SelectedText text = draggedText();
                Code target = (Code) getCurrentTarget();
                if (text != null) {
                    coder.code(text, target);
                    return true;
                }
                Code dragged = dragged();
                if (dragged == null) {
                    return false;
                }
                if (target == null) {
                    mover.move(dragged, null, Integer.MAX_VALUE);
                } else if (getCurrentLocation() == LOCATION_ON) {
                    mover.move(dragged, target, target.getChildren().size());
                } else {
                    Code parent = target.getParent();
                    List<Code> siblings = CodeTree.siblings(target);
                    int index = siblings.indexOf(target) + (getCurrentLocation() == LOCATION_AFTER ? 1 : 0);
                    if (dragged.getParent() == parent && siblings.indexOf(dragged) < index) {
                        index--; // the dragged code leaves its old place first
                    }
                    mover.move(dragged, parent, index);
                }
                return true;
            }

            private SelectedText draggedText() {
                return draggedElement() instanceof SelectedText text ? text : null;
            }

            private Code dragged() {
                return draggedElement() instanceof Code code ? code : null;
            }

            private Object draggedElement() {
                return ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
            }
        });
    }

}
