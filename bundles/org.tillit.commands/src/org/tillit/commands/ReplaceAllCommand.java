package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Document;
import org.tillit.model.text.TextRange;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextChange;
import org.tillit.store.TextEdit;
import org.tillit.store.TextEdit.RemovedCoding;

/**
 * Replaces a text everywhere in the project, as anonymising a name needs: in every document, each
 * occurrence (optionally only as a whole word, optionally ignoring case; Swedish letters are word
 * characters). Codings follow the text as in {@link EditTextCommand}. One undoable step.
 */
public final class ReplaceAllCommand extends UndoableProjectCommand {

    /** Letters, digits and combining marks of any script: a whole word has none of them beside it. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}]";

    private final Pattern pattern;
    private final String replacement;
    /** What the last execute or redo did, per document in the project's order. */
    private List<List<TextEdit>> edits = List.of();

    public ReplaceAllCommand(ProjectStore store, String name, String replacement, boolean wholeWord,
            boolean ignoreCase) {
        super(store, NLS.bind(Messages.ReplaceAll, name, replacement));
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("nothing to replace");
        }
        String quoted = Pattern.quote(name);
        String regex = wholeWord ? "(?<!" + WORD_CHAR + ")" + quoted + "(?!" + WORD_CHAR + ")" : quoted;
        this.pattern = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        this.replacement = replacement == null ? "" : replacement;
    }

    /** How many places the last execute or redo changed. */
    public int count() {
        return edits.stream().mapToInt(List::size).sum();
    }

    /** The codings whose whole text was replaced away, with what they covered. */
    public List<RemovedCoding> removedCodings() {
        return edits.stream().flatMap(List::stream).flatMap(e -> e.removedCodings().stream()).toList();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        List<List<TextEdit>> done = new ArrayList<>();
        for (Document document : store.documents()) {
            List<TextRange> found = occurrences(store.text(document));
            if (found.isEmpty()) {
                continue;
            }
            // From the last to the first, so that the places still to change keep their positions.
            List<TextChange> changes = new ArrayList<>();
            for (int i = found.size() - 1; i >= 0; i--) {
                changes.add(new TextChange(found.get(i).start(), found.get(i).end(), replacement));
            }
            done.add(store.replaceTexts(document, changes));
        }
        edits = done;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        for (int i = edits.size() - 1; i >= 0; i--) {
            List<TextEdit> inDocument = edits.get(i);
            TextEditUndo.undo(store, inDocument.get(0).document(), inDocument);
        }
    }

    /** The matches in code points, counted on from one match to the next. */
    private List<TextRange> occurrences(String text) {
        List<TextRange> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int utf16 = 0;
        int codePoint = 0;
        while (m.find()) {
            codePoint += Character.codePointCount(text, utf16, m.start());
            int start = codePoint;
            codePoint += Character.codePointCount(text, m.start(), m.end());
            utf16 = m.end();
            if (m.end() > m.start()) {
                found.add(new TextRange(start, codePoint));
            }
        }
        return found;
    }
}
