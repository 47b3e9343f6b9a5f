package org.tillit.commands;

import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.text.TextPositions;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * In vivo coding: a new code named with the participant's own words (the selected text, in both
 * languages), placed last under a parent or at the top level, and the selection coded with it.
 * One undoable step.
 */
public final class InVivoCodeCommand extends UndoableProjectCommand {

    /** Labels longer than this many code points are cut at a word and end with an ellipsis. */
    static final int LABEL_LENGTH = 60;
    /** The model's default colour, for a code at the top level (a sub-code takes its parent's). */
    private static final String TOP_LEVEL_COLOR = "#FFE08A";

    private final Code parent;
    private final Code code;
    private final ApplyCodeCommand apply;
    private int index = -1;

    public InVivoCodeCommand(ProjectStore store, Document document, Code parent, int start, int end) {
        this(store, document, parent, start, end, labelOf(store, document, start, end));
    }

    private InVivoCodeCommand(ProjectStore store, Document document, Code parent, int start, int end, String label) {
        super(store, NLS.bind(Messages.InVivoCode, label));
        this.parent = parent;
        this.code = TillitFactory.eINSTANCE.createCode();
        code.setGuid(UUID.randomUUID().toString());
        code.setLabelSv(label);
        code.setLabelEn(label);
        code.setColor(parent == null ? TOP_LEVEL_COLOR : parent.getColor());
        code.setCodable(true);
        this.apply = new ApplyCodeCommand(store, document, code, start, end);
    }

    /** The new code (the same object across undo and redo). */
    public Code code() {
        return code;
    }

    /** The coding of the selection with the new code. */
    public Coding coding() {
        return apply.coding();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        int at = index >= 0 ? index : CodeTree.children(store.codebook(), parent).size();
        store.insertCode(code, parent, at);
        apply.doExecute();
        index = at;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        apply.doUndo();
        store.removeCode(code);
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        store.insertCode(code, parent, index);
        apply.doRedo();
    }

    private static String labelOf(ProjectStore store, Document document, int start, int end) {
        String text;
        try {
            text = store.text(document);
        } catch (ProjectStoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        int length = TextPositions.codePointLength(text);
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("range " + start + "-" + end + " is outside 0-" + length);
        }
        String label = label(text.substring(TextPositions.toUtf16(text, start), TextPositions.toUtf16(text, end)));
        if (label.isEmpty()) {
            throw new IllegalArgumentException("an in vivo code needs words, not only spaces");
        }
        return label;
    }

    /** The words with spaces and line breaks made single spaces, cut at a word when too long. */
    static String label(String words) {
        String collapsed = words.strip().replaceAll("\\s+", " ");
        if (collapsed.codePointCount(0, collapsed.length()) <= LABEL_LENGTH) {
            return collapsed;
        }
        String cut = collapsed.substring(0, collapsed.offsetByCodePoints(0, LABEL_LENGTH - 1));
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "\u2026";
    }
}
