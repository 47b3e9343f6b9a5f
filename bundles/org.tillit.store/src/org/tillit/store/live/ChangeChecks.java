package org.tillit.store.live;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.tillit.model.Case;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;

/**
 * What every store checks before it changes anything, whatever its database: the objects are in
 * the project (a change of a deleted document would not be journaled, and its row is gone), and a
 * coded range lies inside its document.
 */
public final class ChangeChecks {

    private final Project project;

    ChangeChecks(Project project) {
        this.project = project;
    }

    /** Refuses a change of an object that is not (or no longer) in the project. */
    public void inProject(EObject object, String name) throws ProjectStoreException {
        if (!EcoreUtil.isAncestor(project, object)) {
            throw new ProjectStoreException(NLS.bind(Messages.NotInProject, name));
        }
    }

    /** Refuses a change of a coding whose document is not in the project (cheaper than {@link #inProject}). */
    public void codingInProject(Coding coding) throws ProjectStoreException {
        Document document = coding.getDocument();
        if (document == null || document.eContainer() != project) {
            throw new ProjectStoreException(NLS.bind(Messages.NotInProject, coding.getGuid()));
        }
    }

    /** Refuses a coded range outside the document (code points, end exclusive). */
    public static void range(Coding coding, Document document, int start, int end) throws ProjectStoreException {
        if (coding.getCode() == null) {
            throw new IllegalArgumentException("a coding needs its code");
        }
        if (start < 0 || end <= start || end > document.getLength()) {
            throw new ProjectStoreException(NLS.bind(Messages.RangeOutside,
                    new Object[] { start, end, document.getName(), document.getLength() }));
        }
    }

    /** How a document or case is named in a message. */
    public static String nameOf(EObject owner) {
        if (owner instanceof Document document) {
            return document.getName();
        }
        return owner instanceof Case aCase ? aCase.getName() : owner.eClass().getName();
    }
}
