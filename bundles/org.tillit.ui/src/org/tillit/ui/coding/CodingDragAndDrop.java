package org.tillit.ui.coding;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.tillit.model.Code;

/**
 * A code dragged from the Codebook view onto the text codes the selection; the selected text
 * dragged onto a code in the Codebook view is coded with it. Both through the local transfer.
 */
final class CodingDragAndDrop {

    private CodingDragAndDrop() {
    }

    static void attach(StyledText text, Supplier<SelectedText> selection, Consumer<Code> codeDropped) {
        Transfer[] local = { LocalSelectionTransfer.getTransfer() };
        DropTarget drop = new DropTarget(text, DND.DROP_MOVE | DND.DROP_COPY);
        drop.setTransfer(local);
        drop.setDropTargetEffect(null); // the default effect moves the caret, losing the selection
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = draggedCode() != null && selection.get() != null ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragEnter(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                Code code = draggedCode();
                if (code != null) {
                    codeDropped.accept(code);
                }
            }
        });
        DragSource drag = new DragSource(text, DND.DROP_MOVE | DND.DROP_COPY);
        drag.setTransfer(local);
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                SelectedText selected = selection.get();
                event.doit = selected != null;
                if (event.doit) {
                    LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(selected));
                }
            }
        });
    }

    private static Code draggedCode() {
        ISelection dragged = LocalSelectionTransfer.getTransfer().getSelection();
        return dragged instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Code code
                ? code : null;
    }
}
