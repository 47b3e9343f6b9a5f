package org.tillit.ui.exchange;

import java.nio.file.Path;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.store.ProjectStore;
import org.tillit.ui.exchange.RefiExportDialog.RefiExportRequest;
import org.tillit.ui.export.Exports;

/** An export for other programs from the workbench: the dialog, the job, and what it wrote or why not. */
public final class RefiExports {

    private RefiExports() {
    }

    /**
     * Asks where and what, then exports in the background; call on the UI thread.
     *
     * @param selected the code selected in the Codebook view, offered as a branch of its own; may be null
     */
    public static void open(Shell shell, ProjectStore store, Code selected) {
        String name = store.read(p -> p.getName());
        Path suggested = Path.of(System.getProperty("user.home")).resolve((name == null || name.isBlank() ? "project" : name)
                + ".qdpx");
        String branch = selected == null ? null
                : store.read(p -> CodeTree.allCodes(p.getCodebook()).contains(selected)
                        ? CodePaths.of(selected, Language.fromTag(p.getLanguage())) : null);
        RefiExportDialog dialog = new RefiExportDialog(shell, suggested, branch == null ? null : selected, branch);
        if (dialog.open() != Window.OK) {
            return;
        }
        RefiExportRequest request = dialog.request();
        Display display = shell.getDisplay();
        new RefiExportJob(store, request, written -> Exports.later(display, () -> Exports.written(shell, said(written),
                request.file().getParent())), failure -> Exports.later(display,
                        () -> Exports.failed(shell, request.file(), failure))).schedule();
    }

    private static String said(RefiExportJob.Written written) {
        if (written.request().branch() != null) {
            return NLS.bind(Messages.Done_branch, written.request().file(), written.codes());
        }
        return written.request().codebookOnly() ? NLS.bind(Messages.Done_codebook, written.request().file(), written.codes())
                : NLS.bind(Messages.Done_project, new Object[] { written.request().file(), written.documents(),
                        written.codings(), written.codes() });
    }
}
