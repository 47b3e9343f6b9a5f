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

/** Moving codes by dragging them in the tree: onto a code (becomes its last sub-code) or between codes. */
public final class CodeDragAndDrop {

    /** Carries a drop out as a move. */
    @FunctionalInterface
    public interface Mover {
        void move(Code code, Code newParent, int index);
    }

    private CodeDragAndDrop() {
    }

    public static void attach(TreeViewer viewer, Mover mover) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Code dragged = dragged();
                return dragged != null && (target == null || target instanceof Code)
                        && !(target instanceof Code code && CodeTree.isInside(code, dragged));
            }

            @Override
            public boolean performDrop(Object data) {
                Code dragged = dragged();
                Code target = (Code) getCurrentTarget();
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

            private Code dragged() {
                Object first = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
                return first instanceof Code code ? code : null;
            }
        });
    }

}
