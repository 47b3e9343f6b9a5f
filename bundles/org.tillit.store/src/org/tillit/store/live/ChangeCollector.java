package org.tillit.store.live;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitPackage;
import org.tillit.model.Turn;
import org.tillit.store.ProjectChange;

/** Sorts the model changes of a unit of work into the kinds views care about. */
final class ChangeCollector {

    private static final TillitPackage MODEL = TillitPackage.eINSTANCE;

    private final Set<Document> added = identitySet();
    private final Set<Document> removed = identitySet();
    private final Set<Document> changed = identitySet();
    private final Set<Document> coded = identitySet();
    private boolean codebook;
    private boolean cases;
    private boolean attributes;
    private boolean project;

    void record(Notification n) {
        Object notifier = n.getNotifier();
        Object feature = n.getFeature();
        if (notifier instanceof Project) {
            if (feature == MODEL.getProject_Documents()) {
                documents(n);
            } else if (feature == MODEL.getProject_Cases()) {
                cases = true;
            } else if (feature == MODEL.getProject_AttributeDefinitions()) {
                attributes = true;
            } else {
                project = true;
            }
        } else if (notifier instanceof Codebook || notifier instanceof Code || notifier instanceof CodeSet) {
            codebook = true;
        } else if (notifier instanceof Document document) {
            if (feature == MODEL.getDocument_Codings()) {
                coded.add(document);
            } else if (feature == MODEL.getDocument_AttributeValues()) {
                attributes = true;
            } else {
                changed.add(document);
            }
        } else if (notifier instanceof Coding coding) {
            if (coding.getDocument() != null) {
                coded.add(coding.getDocument());
            }
        } else if (notifier instanceof Case) {
            if (feature == MODEL.getCase_AttributeValues()) {
                attributes = true;
            } else {
                cases = true;
            }
        } else if (notifier instanceof AttributeValue) {
            attributes = true;
        } else if (notifier instanceof Turn turn && turn.eContainer() instanceof Document document) {
            changed.add(document);
        } else if (notifier instanceof Coder) {
            project = true;
        } else if (notifier instanceof EObject object && object.eContainer() instanceof Document document) {
            changed.add(document); // metadata entries
        }
    }

    private void documents(Notification n) {
        switch (n.getEventType()) {
            case Notification.ADD -> arrived((Document) n.getNewValue());
            case Notification.ADD_MANY -> ((Iterable<?>) n.getNewValue()).forEach(d -> arrived((Document) d));
            case Notification.REMOVE -> left((Document) n.getOldValue());
            case Notification.REMOVE_MANY -> ((Iterable<?>) n.getOldValue()).forEach(d -> left((Document) d));
            default -> {
                // a move changes the order only
                project = true;
            }
        }
    }

    private void arrived(Document document) {
        if (!removed.remove(document)) {
            added.add(document);
        }
    }

    private void left(Document document) {
        if (!added.remove(document)) {
            removed.add(document);
        }
    }

    /** What was collected since the last call, then starts afresh. */
    ProjectChange take() {
        coded.removeAll(removed);
        changed.removeAll(removed);
        ProjectChange change = new ProjectChange(added, removed, changed, coded, codebook, cases, attributes, project);
        clear();
        return change;
    }

    void clear() {
        added.clear();
        removed.clear();
        changed.clear();
        coded.clear();
        codebook = false;
        cases = false;
        attributes = false;
        project = false;
    }

    private static Set<Document> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
