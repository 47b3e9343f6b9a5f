package org.tillit.store.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Codebook;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectListener;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.StoreWork;
import org.tillit.store.TextChange;
import org.tillit.store.TextEdit;
import org.tillit.store.l10n.Messages;

/**
 * What every store shares, whatever its database: the live EMF model behind one lock, units of
 * work that land whole or not at all, the index, and change events after each commit. A store
 * implementation writes its database inside {@link #change} and says how to commit and roll back.
 *
 * <p>The threading rule: the model is changed only inside {@link #change}, by the thread holding
 * the lock; other threads read it under the same lock ({@link #read}) or through the snapshot
 * methods. Any other change of the model is refused by the observer.
 */
public abstract class LiveProjectStore implements ProjectStore {

    /** Database work inside a unit of work. */
    @FunctionalInterface
    protected interface Work<T> {
        T run() throws Exception;
    }

    private final Project project;
    private final ReentrantLock lock = new ReentrantLock();
    private final ModelObserver observer;
    private final ChangeChecks checks;
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();
    private int depth;
    /** The first failure inside the unit in progress, which makes the whole unit fail. */
    private Throwable innerFailure;
    /** Set when a commit, a rollback or putting the model back failed: model and database may differ. */
    private Throwable broken;

    protected LiveProjectStore(Project project) {
        this.project = project;
        this.observer = new ModelObserver(project, () -> lock.isHeldByCurrentThread() && depth > 0);
        this.checks = new ChangeChecks(project);
    }

    /** Whether this store only reads (a second view of a project open elsewhere). */
    protected boolean readOnly() {
        return false;
    }

    /** Makes the unit of work's database changes permanent. */
    protected abstract void commitDatabase() throws Exception;

    /** Drops the unit of work's database changes. */
    protected abstract void rollbackDatabase() throws Exception;

    /**
     * Runs work as one unit: its database writes are committed together and its model changes
     * stay, or on any failure ({@code Throwable}) neither does. A unit begun inside another joins
     * it; a failure inside makes the whole outer unit fail. Listeners hear of it after the commit.
     */
    protected final <T> T change(String what, Work<T> work) throws ProjectStoreException {
        if (readOnly()) {
            throw new ProjectStoreException(NLS.bind(Messages.ReadOnly, what));
        }
        ProjectChange committed = null;
        T result;
        lock.lock();
        try {
            if (broken != null) {
                throw new ProjectStoreException(NLS.bind(Messages.Broken, what, broken.getMessage()), broken);
            }
            boolean outermost = depth == 0;
            depth++;
            try {
                result = work.run();
                if (outermost) {
                    if (innerFailure != null) {
                        throw new ProjectStoreException(NLS.bind(Messages.PartFailed, what, innerFailure.getMessage()),
                                innerFailure);
                    }
                    commit();
                    committed = observer.committed();
                }
            } catch (Throwable failure) {
                if (outermost) {
                    putBack(failure);
                } else if (innerFailure == null) {
                    innerFailure = failure;
                }
                throw failure(what, failure);
            } finally {
                depth--;
                if (depth == 0) {
                    innerFailure = null;
                }
            }
        } finally {
            lock.unlock();
        }
        tellListeners(committed);
        return result;
    }

    /** A commit that fails may still have reached the disk: from then on nothing is certain. */
    private void commit() throws Exception {
        try {
            commitDatabase();
        } catch (Throwable e) {
            broken = e;
            throw e;
        }
    }

    /** Rolls the database back and the model with it; if either fails, the store refuses changes. */
    private void putBack(Throwable failure) {
        try {
            rollbackDatabase();
        } catch (Throwable e) {
            failure.addSuppressed(e);
            broken = e;
        }
        try {
            observer.revert();
        } catch (Throwable e) {
            failure.addSuppressed(e);
            broken = e;
        }
    }

    /** Each listener hears of the commit; one that fails is logged and the others still hear. */
    private void tellListeners(ProjectChange committed) {
        if (committed == null || committed.isEmpty()) {
            return;
        }
        for (ProjectListener listener : listeners) {
            try {
                listener.changed(committed);
            } catch (RuntimeException e) {
                FailureLog.error(LiveProjectStore.class, "A listener failed on a committed change", e);
            }
        }
    }

    private static ProjectStoreException failure(String what, Throwable failure) {
        if (failure instanceof ProjectStoreException e) {
            return e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new ProjectStoreException(NLS.bind(Messages.Failed, what, failure.getMessage()), failure);
    }

    @Override
    public final void inOneTransaction(String what, StoreWork work) throws ProjectStoreException {
        change(what, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public final <T> T read(Function<Project, T> reader) {
        lock.lock();
        try {
            return reader.apply(project);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only database work under the lock (the connection is not shared between threads). */
    protected final <T> T readDatabase(Work<T> work) throws Exception {
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void addListener(ProjectListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    @Override
    public final Project project() {
        return project;
    }

    @Override
    public final List<Document> documents() {
        return read(p -> List.copyOf(p.getDocuments()));
    }

    @Override
    public final Codebook codebook() {
        return project.getCodebook();
    }

    @Override
    public final Optional<Document> documentWithSha256(String sha256) {
        return read(p -> observer.index().documentWithSha256(sha256));
    }

    @Override
    public final List<Coding> codingsOf(Code code) {
        return read(p -> observer.index().codingsOf(code));
    }

    @Override
    public final int codingCount(Code code) {
        return read(p -> observer.index().codingCount(code));
    }

    @Override
    public final List<Case> casesOf(Document document) {
        return read(p -> observer.index().casesOf(document));
    }

    @Override
    public final List<Coding> codingsIn(Document document) {
        return read(p -> List.copyOf(document.getCodings()));
    }

    @Override
    public final TextEdit replaceText(Document document, int start, int end, String replacement)
            throws ProjectStoreException {
        return replaceTexts(document, List.of(new TextChange(start, end, replacement))).get(0);
    }

    @Override
    public final List<TextEdit> replaceTexts(Document document, List<TextChange> changes)
            throws ProjectStoreException {
        List<TextChange> all = List.copyOf(changes);
        return change(NLS.bind(Messages.EditingText, document.getName()), () -> {
            checks.inProject(document, document.getName());
            String text = text(document);
            List<TextEdit> edits = new ArrayList<>();
            for (TextChange c : all) {
                TextReplacement edit = TextReplacement.plan(document, text, c.start(), c.end(), c.replacement());
                edits.add(edit.applyToCodings());
                writeCodings(edit);
                text = edit.newText();
            }
            // The structure of the final text only, once: a long text takes milliseconds to read.
            TextReplacement.applyStructure(document, text);
            writeText(document, text);
            return edits;
        });
    }

    /**
     * Writes what one replacement did to the codings, inside its unit of work, after the model
     * has taken it: every coding from {@link TextReplacement#shiftedFrom()} on moved by
     * {@link TextReplacement#delta()}, the resized ones' new ranges, the removed ones deleted.
     */
    protected abstract void writeCodings(TextReplacement edit) throws Exception;

    /** Writes the document's new text with its length and structure as the model now holds them. */
    protected abstract void writeText(Document document, String text) throws Exception;

    /** The checks a store makes before it changes the model. */
    protected final ChangeChecks checks() {
        return checks;
    }

    /** The lock of the live model, for the closing of the store. */
    protected final ReentrantLock lock() {
        return lock;
    }
}
