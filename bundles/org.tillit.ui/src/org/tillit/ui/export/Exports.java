package org.tillit.ui.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.export.ExportException;
import org.tillit.model.codebook.Language;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;

/**
 * An export from the workbench: the dialog, then the job; when it is done a small dialog says what
 * was written (and can open the folder), or what went wrong with which file.
 */
public final class Exports {

    public static final String DONE_TITLE = Messages.Done_title;
    public static final String FAILED_TITLE = Messages.Failed_title;

    private Exports() {
    }

    /** Asks how to export the source and exports it in the background; call on the UI thread. */
    public static void open(Shell shell, ProjectStore store, ExportSource source) {
        Language language = store.read(p -> Language.fromTag(p.getLanguage()));
        List<String> attributes = ExportSources.attributeNames(store, language);
        ExportDialog dialog = new ExportDialog(shell, source, language, attributes, new ExportMemory(store));
        if (dialog.open() != Window.OK) {
            return;
        }
        ExportRequest request = dialog.request();
        Display display = shell.getDisplay();
        new ExportJob(store, source, request, outcome -> later(display, () -> done(shell, outcome)),
                failure -> later(display, () -> failed(shell, request.file(), failure))).schedule();
    }

    /** Runs on the UI thread later, unless the workbench has closed meanwhile. */
    public static void later(Display display, Runnable shown) {
        if (!display.isDisposed()) {
            display.asyncExec(shown);
        }
    }

    private static void done(Shell shell, ExportOutcome outcome) {
        String wrote = NLS.bind(outcome.items() == 1 ? Messages.Done_wroteOne : Messages.Done_wrote, outcome.file(),
                outcome.items());
        if (outcome.pseudonymised()) {
            wrote += "\n" + NLS.bind(outcome.replaced() == 1 ? Messages.Done_replacedOne : Messages.Done_replaced,
                    outcome.replaced());
        }
        written(shell, wrote, outcome.file().getParent());
    }

    /** Says what an export wrote; Open Folder shows the folder it is in. Call on the UI thread. */
    public static void written(Shell shell, String wrote, Path folder) {
        Shell parent = shell.isDisposed() ? null : shell;
        MessageDialog dialog = new MessageDialog(parent, DONE_TITLE, null, wrote, MessageDialog.INFORMATION, 0,
                Messages.Done_close, Messages.Done_openFolder);
        if (dialog.open() == 1) {
            openFolder(folder);
        }
    }

    private static void openFolder(Path folder) {
        if (!Program.launch(folder.toString())) {
            FailureLog.warning(Exports.class, NLS.bind(Messages.Done_cannotOpen, folder), null);
        }
    }

    /** The reason names the file; the details (stack trace) are in the log already. Call on the UI thread. */
    public static void failed(Shell shell, Path file, RuntimeException failure) {
        String reason = failure instanceof ExportException ? failure.getMessage()
                : NLS.bind(Messages.Failed_unexpected, String.valueOf(failure.getMessage()));
        String where = FailureLog.file().map(log -> "\n\n" + NLS.bind(Messages.Failed_log, log)).orElse("");
        MessageDialog.openError(shell.isDisposed() ? null : shell, FAILED_TITLE,
                NLS.bind(Messages.Failed_message, file, reason) + where);
    }
}
