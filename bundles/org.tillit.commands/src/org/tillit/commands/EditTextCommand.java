package org.tillit.commands;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextEdit;
import org.tillit.store.TextEdit.RemovedCoding;

/**
 * Replaces code points [start, end) of a document's text (a typo, a name to anonymise); its codings
 * follow the text (see {@link ProjectStore#replaceText}). Undo brings back the old text and exactly
 * the old codings; redo edits again.
 */
public final class EditTextCommand extends UndoableProjectCommand {

    private final Document document;
    private final int start;
    private final int end;
    private final String replacement;
    private TextEdit edit;

    public EditTextCommand(ProjectStore store, Document document, int start, int end, String replacement) {
        super(store, NLS.bind(Messages.EditText, document.getName()));
        this.document = document;
        this.start = start;
        this.end = end;
        this.replacement = replacement == null ? "" : replacement;
    }

    /** What the last execute or redo did (null before). */
    public TextEdit edit() {
        return edit;
    }

    /** The codings whose whole text the edit deleted, with what they covered, to tell the user. */
    public List<RemovedCoding> removedCodings() {
        return edit == null ? List.of() : edit.removedCodings();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        edit = store.replaceText(document, start, end, replacement);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        TextEditUndo.undo(store, document, List.of(edit));
    }
}
