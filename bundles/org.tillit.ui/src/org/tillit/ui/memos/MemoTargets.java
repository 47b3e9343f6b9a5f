package org.tillit.ui.memos;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.model.text.TextLayout;
import org.tillit.ui.l10n.Messages;

/** What can carry a memo (the project, a document, case, code or coding), and how it is named. */
public final class MemoTargets {

    private MemoTargets() {
    }

    public static boolean canHaveMemo(Object target) {
        return target instanceof Project || target instanceof Document || target instanceof Case
                || target instanceof Code || target instanceof Coding;
    }

    public static String memoOf(EObject owner) {
        Object memo = owner.eGet(owner.eClass().getEStructuralFeature("memo"));
        return memo == null ? "" : (String) memo;
    }

    /** "Document 'chef-anna.txt'", "Coding 'Stöd' in chef-anna.txt, lines 2–3". Call under the read lock. */
    public static String describe(EObject owner, Language language) {
        if (owner instanceof Project project) {
            return NLS.bind(Messages.Memo_project, project.getName());
        }
        if (owner instanceof Document document) {
            return NLS.bind(Messages.Memo_document, document.getName());
        }
        if (owner instanceof Case found) {
            return NLS.bind(Messages.Memo_case, found.getName());
        }
        if (owner instanceof Code code) {
            return NLS.bind(Messages.Memo_code, String.join(" / ", CodeTree.path(code, language)));
        }
        Coding coding = (Coding) owner;
        Document document = coding.getDocument();
        int first = TextLayout.numberAt(document.getLineStarts(), coding.getStart());
        int last = TextLayout.numberAt(document.getLineStarts(), Math.max(coding.getStart(), coding.getEnd() - 1));
        return NLS.bind(Messages.Memo_coding, new Object[] { Labels.label(coding.getCode(), language),
                document.getName(), first, last });
    }

    /** Every memo of the project, in the order project, documents and their codings, cases, codes. */
    public static List<EObject> withMemos(Project project) {
        List<EObject> owners = new ArrayList<>();
        addIfMemo(owners, project);
        for (Document document : project.getDocuments()) {
            addIfMemo(owners, document);
            document.getCodings().forEach(coding -> addIfMemo(owners, coding));
        }
        project.getCases().forEach(found -> addIfMemo(owners, found));
        CodeTree.allCodes(project.getCodebook()).forEach(code -> addIfMemo(owners, code));
        return owners;
    }

    private static void addIfMemo(List<EObject> owners, EObject owner) {
        if (!memoOf(owner).isBlank()) {
            owners.add(owner);
        }
    }
}
