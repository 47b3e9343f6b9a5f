package org.tillit.store.live;

import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitPackage;
import org.tillit.store.ProjectChange;

/**
 * Watches every object of the live model. Each change must come from inside a store call (the
 * threading rule, enforced here); it is journaled for a rollback, kept in the index, and sorted
 * into the change event that listeners hear after the commit.
 */
final class ModelObserver extends EContentAdapter {

    private static final TillitPackage MODEL = TillitPackage.eINSTANCE;

    private final ProjectIndex index;
    private final ModelJournal journal = new ModelJournal();
    private final ChangeCollector changes = new ChangeCollector();
    private final BooleanSupplier insideUnitOfWork;
    private boolean reverting;

    ModelObserver(Project project, BooleanSupplier insideUnitOfWork) {
        this.index = new ProjectIndex(project);
        this.insideUnitOfWork = insideUnitOfWork;
        project.eAdapters().add(this);
    }

    ProjectIndex index() {
        return index;
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (n.isTouch() || n.getEventType() == Notification.REMOVING_ADAPTER || n.getEventType() == Notification.RESOLVE) {
            return;
        }
        if (!insideUnitOfWork.getAsBoolean()) {
            throw new IllegalStateException("The live project model was changed outside a store call (" + n
                    + "); change it through the ProjectStore, which holds its lock");
        }
        keepIndex(n);
        if (!reverting) {
            journal.record(n);
            changes.record(n);
        }
    }

    /** The unit of work committed: its changes are final, here is what they were. */
    ProjectChange committed() {
        journal.clear();
        return changes.take();
    }

    /** The unit of work failed: the model goes back to how it was when it began. */
    void revert() {
        reverting = true;
        try {
            journal.revert();
        } finally {
            reverting = false;
            journal.clear(); // what could not be put back must not leak into the next unit
            changes.clear();
        }
    }

    private void keepIndex(Notification n) {
        Object feature = n.getFeature();
        if (feature == MODEL.getProject_Documents()) {
            removed(n).forEach(d -> index.documentRemoved((Document) d));
            added(n).forEach(d -> index.documentAdded((Document) d));
        } else if (feature == MODEL.getProject_Cases()) {
            removed(n).forEach(c -> index.caseRemoved((Case) c));
            added(n).forEach(c -> index.caseAdded((Case) c));
        } else if (feature == MODEL.getCase_Documents()) {
            Case aCase = (Case) n.getNotifier();
            removed(n).forEach(d -> index.unlinked(aCase, (Document) d));
            added(n).forEach(d -> index.linked(aCase, (Document) d));
        } else if (feature == MODEL.getDocument_Codings()) {
            Document document = (Document) n.getNotifier();
            removed(n).forEach(c -> index.codingRemoved((Coding) c, document, ((Coding) c).getCode()));
            added(n).forEach(c -> index.codingAdded((Coding) c));
        } else if (feature == MODEL.getCoding_Code()) {
            Coding coding = (Coding) n.getNotifier();
            index.codingRemoved(coding, coding.getDocument(), (Code) n.getOldValue());
            index.codingAdded(coding);
        } else if (feature == MODEL.getDocument_Sha256()) {
            index.sha256Changed((Document) n.getNotifier(), (String) n.getOldValue());
        }
    }

    private static Collection<?> added(Notification n) {
        return switch (n.getEventType()) {
            case Notification.ADD -> List.of(n.getNewValue());
            case Notification.ADD_MANY -> (Collection<?>) n.getNewValue();
            case Notification.SET -> n.getNewValue() == null ? List.of() : List.of(n.getNewValue());
            default -> List.of();
        };
    }

    private static Collection<?> removed(Notification n) {
        return switch (n.getEventType()) {
            case Notification.REMOVE -> List.of(n.getOldValue());
            case Notification.REMOVE_MANY -> (Collection<?>) n.getOldValue();
            case Notification.SET -> n.getOldValue() == null ? List.of() : List.of(n.getOldValue());
            default -> List.of();
        };
    }
}
