package org.tillit.store.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The model changes of the unit of work in progress, as EMF reported them, so that a rollback can
 * put the model back exactly: each change is undone in reverse order. Only one end of a
 * bidirectional reference is recorded (EMF keeps the other end in step by itself).
 */
final class ModelJournal {

    private final Deque<Notification> changes = new ArrayDeque<>();

    void record(Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject)
                || !(notification.getFeature() instanceof EStructuralFeature feature)) {
            return;
        }
        if (feature instanceof EReference reference && reference.getEOpposite() != null
                && reference.getEOpposite().isContainment()) {
            // Coding.document, Code.parent: the container's list change is recorded instead.
            return;
        }
        switch (notification.getEventType()) {
            case Notification.SET, Notification.UNSET, Notification.ADD, Notification.ADD_MANY, Notification.REMOVE,
                    Notification.REMOVE_MANY, Notification.MOVE -> changes.push(notification);
            default -> {
                // adapters coming and going, proxies resolved: not changes of the model
            }
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    void clear() {
        changes.clear();
    }

    /** Undoes every recorded change, newest first, and forgets them. */
    void revert() {
        while (!changes.isEmpty()) {
            undo(changes.pop());
        }
    }

    @SuppressWarnings("unchecked")
    private static void undo(Notification n) {
        EObject owner = (EObject) n.getNotifier();
        EStructuralFeature feature = (EStructuralFeature) n.getFeature();
        if (!feature.isMany()) {
            owner.eSet(feature, n.getOldValue());
            return;
        }
        EList<Object> list = (EList<Object>) owner.eGet(feature);
        switch (n.getEventType()) {
            case Notification.ADD -> list.remove(n.getPosition());
            case Notification.ADD_MANY -> {
                int count = ((Collection<?>) n.getNewValue()).size();
                for (int i = 0; i < count; i++) {
                    list.remove(n.getPosition());
                }
            }
            case Notification.REMOVE -> list.add(n.getPosition(), n.getOldValue());
            case Notification.REMOVE_MANY -> restoreMany(list, n);
            case Notification.MOVE -> list.move(((Integer) n.getOldValue()).intValue(), n.getPosition());
            case Notification.SET -> list.set(n.getPosition(), n.getOldValue());
            case Notification.UNSET -> list.addAll((Collection<Object>) n.getOldValue());
            default -> throw new IllegalStateException("cannot undo model change " + n);
        }
    }

    /** REMOVE_MANY reports the positions the elements had (or none when they were a run). */
    private static void restoreMany(EList<Object> list, Notification n) {
        List<?> removed = new ArrayList<>((Collection<?>) n.getOldValue());
        int[] positions = n.getNewValue() instanceof int[] p ? p : null;
        int first = Math.max(0, n.getPosition()); // clear() reports no position: the list was emptied
        for (int i = 0; i < removed.size(); i++) {
            int at = positions != null ? positions[i] : first + i;
            list.add(Math.min(at, list.size()), removed.get(i));
        }
    }
}
