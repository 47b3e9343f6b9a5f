package org.tillit.commands;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.TextSpan;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Codes many ranges (search hits widened, or a speaker's turns: see {@code org.tillit.query.Autocoding})
 * with the code a path names, as one undoable step: the codes of the path that do not exist yet
 * are created, then every coding goes in with one {@link ProjectStore#insertCodings} call; undo
 * takes the codings and the created codes out again, in one transaction. A range the code already
 * covers exactly is not coded twice.
 */
public final class AutocodeCommand extends UndoableProjectCommand {

    private final String path;
    private final List<TextSpan> spans;
    private Code code;
    /** The first code of the path that this command created (with the rest below it), or null. */
    private Code created;
    private Code createdParent;
    private int createdIndex;
    private List<PlacedCoding> codings = List.of();

    public AutocodeCommand(ProjectStore store, String codePath, List<TextSpan> spans) {
        super(store, NLS.bind(Messages.Autocode, codePath, spans.size()));
        this.path = codePath;
        this.spans = List.copyOf(spans);
    }

    /** The code the ranges are coded with (after execute). */
    public Code code() {
        return code;
    }

    /** How many codings the command made (after execute); ranges already coded so are left out. */
    public int codingCount() {
        return codings.size();
    }

    /** Whether executing created codes of the path. */
    public boolean createdCodes() {
        return created != null;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        created = null;
        CodePaths.Resolution found = CodePaths.resolve(store.codebook(), CodePaths.labels(path));
        if (found.ambiguous()) {
            throw new IllegalArgumentException(
                    CodePaths.problem(path, found, Language.fromTag(store.project().getLanguage())).getMessage());
        }
        if (found.complete()) {
            code = found.found();
            if (!code.isCodable()) {
                throw new IllegalArgumentException(NLS.bind(Messages.AutocodeGroup, path));
            }
        } else {
            createPath(found.found(), found.missing());
        }
        codings = newCodings(store.currentCoder());
        store.insertCodings(codings);
    }

    private void createPath(Code parent, List<String> labels) throws ProjectStoreException {
        boolean swedish = Language.fromTag(store.project().getLanguage()) == Language.SV;
        Code under = null;
        for (String label : labels) {
            Code next = TillitFactory.eINSTANCE.createCode();
            next.setGuid(UUID.randomUUID().toString());
            next.setLabelSv(swedish ? label : null);
            next.setLabelEn(swedish ? null : label);
            next.setCodable(true);
            if (under == null) {
                created = next;
            } else {
                under.getChildren().add(next);
            }
            under = next;
        }
        createdParent = parent;
        createdIndex = CodeTree.children(store.codebook(), parent).size();
        store.insertCode(created, createdParent, createdIndex);
        code = under;
    }

    private List<PlacedCoding> newCodings(Coder coder) {
        Set<String> coded = new HashSet<>();
        store.codingsOf(code).forEach(c -> coded.add(key(c.getDocument().getGuid(), c.getStart(), c.getEnd())));
        Date now = new Date();
        List<PlacedCoding> made = new ArrayList<>();
        for (TextSpan span : spans) {
            if (coded.add(key(span.document().getGuid(), span.start(), span.end()))) {
                Coding coding = TillitFactory.eINSTANCE.createCoding();
                coding.setGuid(UUID.randomUUID().toString());
                coding.setCode(code);
                coding.setStart(span.start());
                coding.setEnd(span.end());
                coding.setCoder(coder);
                coding.setCreated(now);
                made.add(new PlacedCoding(coding, span.document()));
            }
        }
        return List.copyOf(made);
    }

    private static String key(String document, int start, int end) {
        return document + ':' + start + ':' + end;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.removeCodings(codings.stream().map(PlacedCoding::coding).toList());
        if (created != null) {
            store.removeCode(created);
        }
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        if (created != null) {
            store.insertCode(created, createdParent, createdIndex);
        }
        store.insertCodings(codings);
    }
}
