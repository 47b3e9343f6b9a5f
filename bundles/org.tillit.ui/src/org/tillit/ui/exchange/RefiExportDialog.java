package org.tillit.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.TitledDialog;
import org.tillit.ui.widgets.TypedPath;

/**
 * File &gt; Export for Other Programs…: the whole project as a REFI-QDA project (.qdpx) or its
 * codebook alone (.qdc), and the file, typed or chosen with Browse…; the extension follows the choice.
 */
public final class RefiExportDialog extends TitledDialog {

    public static final String TITLE = Messages.Export_title;

    private final Path suggested;
    private final Code selected;
    private final String selectedPath;
    private Button project;
    private Button codebook;
    private Button branch;
    private Text file;
    private RefiExportRequest request;

    /** What was asked: where, whether the codebook alone, and which branch of it (null: all of it). */
    public record RefiExportRequest(Path file, boolean codebookOnly, Code branch) {
    }

    /**
     * @param selected the code selected in the Codebook view, offered as a branch to export alone;
     *            null offers none
     * @param selectedPath its path of labels, as the dialog names it
     */
    public RefiExportDialog(Shell parent, Path suggested, Code selected, String selectedPath) {
        super(parent, TITLE);
        this.suggested = suggested;
        this.selected = selected;
        this.selectedPath = selectedPath;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label about = new Label(area, SWT.WRAP);
        about.setText(Messages.Export_about);
        about.setLayoutData(wrapping());
        project = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.REFI_EXPORT_PROJECT);
        project.setText(Messages.Export_project);
        project.setLayoutData(span());
        project.setSelection(true);
        codebook = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.REFI_EXPORT_CODEBOOK);
        codebook.setText(Messages.Export_codebook);
        codebook.setLayoutData(span());
        if (selected != null) {
            branch = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.REFI_EXPORT_BRANCH);
            branch.setText(NLS.bind(Messages.Export_branch, selectedPath));
            branch.setLayoutData(span());
            branch.addListener(SWT.Selection, e -> extensionFollows());
        }
        new Label(area, SWT.NONE).setText(Messages.Export_file);
        file = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SINGLE), WidgetIds.REFI_EXPORT_FILE);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 440;
        file.setLayoutData(wide);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browse());
        file.setText(suggested.toString());
        project.addListener(SWT.Selection, e -> extensionFollows());
        codebook.addListener(SWT.Selection, e -> extensionFollows());
        file.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Export_export, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private String extension() {
        return codebook.getSelection() || branchChosen() ? ".qdc" : ".qdpx";
    }

    private boolean branchChosen() {
        return branch != null && branch.getSelection();
    }

    /** "studie.qdpx" becomes "studie.qdc" when the codebook alone is chosen. */
    private void extensionFollows() {
        typed().ifPresent(typed -> {
            String name = typed.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            String stem = lower.endsWith(".qdpx") || lower.endsWith(".qdc")
                    ? name.substring(0, name.lastIndexOf('.')) : name;
            file.setText(typed.resolveSibling(stem + extension()).toString());
        });
    }

    private void browse() {
        FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
        chooser.setOverwrite(true);
        chooser.setFilterExtensions(new String[] { "*" + extension() });
        typed().ifPresent(typed -> {
            chooser.setFilterPath(String.valueOf(typed.getParent()));
            chooser.setFileName(typed.getFileName().toString());
        });
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(typed().isPresent());
        }
    }

    @Override
    protected void okPressed() {
        Path target = typed().orElseThrow().toAbsolutePath();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.Export_replaceTitle,
                NLS.bind(Messages.Export_replace, target))) {
            return;
        }
        request = new RefiExportRequest(target, codebook.getSelection() || branchChosen(),
                branchChosen() ? selected : null);
        super.okPressed();
    }

    /** The export as confirmed; null unless closed with Export. */
    public RefiExportRequest request() {
        return request;
    }

    private Optional<Path> typed() {
        return TypedPath.of(file.getText());
    }

    private static GridData span() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.horizontalSpan = 3;
        return data;
    }

    private static GridData wrapping() {
        GridData data = span();
        data.widthHint = 560;
        return data;
    }
}
