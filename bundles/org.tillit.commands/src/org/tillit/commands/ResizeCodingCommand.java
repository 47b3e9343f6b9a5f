package org.tillit.commands;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Coding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Moves the start and end of a coding (code points, end exclusive). */
public final class ResizeCodingCommand extends UndoableProjectCommand {

    private final Coding coding;
    private final int oldStart;
    private final int oldEnd;
    private final int newStart;
    private final int newEnd;

    public ResizeCodingCommand(ProjectStore store, Coding coding, int start, int end) {
        super(store, NLS.bind(Messages.ResizeCoding, name(store, coding.getCode())));
        int length = coding.getDocument().getLength();
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("range " + start + "–" + end + " is outside 0–" + length);
        }
        this.coding = coding;
        this.oldStart = coding.getStart();
        this.oldEnd = coding.getEnd();
        this.newStart = start;
        this.newEnd = end;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.changeRange(coding, newStart, newEnd);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.changeRange(coding, oldStart, oldEnd);
    }
}
