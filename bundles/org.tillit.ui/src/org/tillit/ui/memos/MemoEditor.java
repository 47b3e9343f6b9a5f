package org.tillit.ui.memos;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.commands.TypedMemoCommand;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.l10n.Messages;

/**
 * Edits the memo of what is selected. The memo is saved as the user types (shortly after typing
 * stops, and when leaving), so nothing typed is lost; leaving the memo records one undoable step
 * from the memo as it was when the editing began to the memo as it is now.
 */
public final class MemoEditor {

    private static final int SAVE_AFTER_MS = 400;

    private final ProjectStore store;
    private final CommandRunner commands;
    private final Label heading;
    private final Text text;
    private final Runnable saveSoon = this::saveDraft;
    private EObject owner;
    private String atStart;
    private boolean showing;

    public MemoEditor(Composite parent, ProjectStore store, CommandRunner commands) {
        this.store = store;
        this.commands = commands;
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        heading = WidgetIds.tag(new Label(body, SWT.NONE), WidgetIds.MEMO_TARGET);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = WidgetIds.tag(new Text(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), WidgetIds.MEMO_TEXT);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.addListener(SWT.Modify, e -> {
            if (!showing) {
                Display.getCurrent().timerExec(SAVE_AFTER_MS, saveSoon);
            }
        });
        text.addListener(SWT.FocusOut, e -> recordStep());
        // Closing the view (or the project) keeps what was typed; the undo step needs an open project.
        text.addListener(SWT.Dispose, e -> {
            Display.getCurrent().timerExec(-1, saveSoon);
            saveDraft();
        });
        show(null, "");
    }

    /** Shows the memo of another owner; the memo being left is saved and recorded first. */
    public void show(EObject newOwner, String description) {
        recordStep();
        owner = newOwner;
        showing = true;
        heading.setText(newOwner == null ? Messages.Memo_nothing : description);
        text.setText(newOwner == null ? "" : store.read(p -> MemoTargets.memoOf(newOwner)));
        text.setEnabled(newOwner != null);
        showing = false;
        atStart = text.getText();
        heading.getParent().layout();
    }

    public EObject owner() {
        return owner;
    }

    /** The memo changed in the project (undo, another view): shown as it is now, unless being typed. */
    public void refresh() {
        if (owner != null && !text.isFocusControl()) {
            String stored = store.read(p -> MemoTargets.memoOf(owner));
            if (!stored.equals(text.getText())) {
                showing = true;
                text.setText(stored);
                showing = false;
                atStart = stored;
            }
        }
    }

    public void setFocus() {
        text.setFocus();
    }

    private void saveDraft() {
        if (owner == null) {
            return;
        }
        String typed = text.getText();
        if (!typed.equals(store.read(p -> MemoTargets.memoOf(owner)))) {
            try {
                store.saveMemo(owner, typed);
            } catch (ProjectStoreException e) {
                FailureLog.error(MemoEditor.class, Messages.Memo_notSaved, e);
            }
        }
    }

    private void recordStep() {
        if (owner == null || text.isDisposed() || atStart == null) {
            return;
        }
        Display.getCurrent().timerExec(-1, saveSoon);
        saveDraft();
        String now = store.read(p -> MemoTargets.memoOf(owner));
        if (!now.equals(atStart)) {
            commands.recordExecuted(new TypedMemoCommand(store, owner, atStart, now));
            atStart = now;
        }
    }
}
