package org.tillit.ui.projects;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.PathField;
import org.tillit.ui.widgets.TitledDialog;

/**
 * A project's folder, typed or browsed for, checked when the user confirms: what is wrong with it
 * is said in the dialog, which stays open for another choice.
 */
final class ProjectFolderDialog extends TitledDialog {

    private static final int WIDTH = 520;

    private final String about;
    private final String confirm;
    /** What is wrong with a folder for this purpose; null when nothing is. */
    private final Function<Path, String> problemWith;
    private PathField folder;
    private Label problem;
    private Path chosen;

    ProjectFolderDialog(Shell parent, String title, String about, String confirm, Function<Path, String> problemWith) {
        super(parent, title);
        this.about = about;
        this.confirm = confirm;
        this.problemWith = problemWith;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        wrappedText(area, about, 2, WIDTH);
        folder = new PathField(area, WidgetIds.PROJECT_FOLDER, Messages.Projects_folderHint, typed -> okPressed());
        folder.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Projects_browse);
        browse.addListener(SWT.Selection, e -> browse());
        problem = WidgetIds.tag(wrappedText(area, "", 2, WIDTH), WidgetIds.PROJECT_FOLDER_PROBLEM);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, confirm, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText(getShell().getText());
        String picked = dialog.open();
        if (picked != null) {
            folder.setText(picked);
        }
    }

    @Override
    protected void okPressed() {
        Optional<Path> typed = folder.typedPath().map(path -> path.toAbsolutePath().normalize());
        String wrong = typed.isEmpty() ? Messages.Projects_noFolder : problemWith.apply(typed.get());
        if (wrong != null) {
            problem.setText(wrong);
            growToFit();
            return;
        }
        chosen = typed.get();
        super.okPressed();
    }

    /** The folder confirmed; empty when cancelled. */
    Optional<Path> chosen() {
        return Optional.ofNullable(chosen);
    }
}
