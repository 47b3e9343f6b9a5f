package org.tillit.ui.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.importer.FileCollector;
import org.tillit.model.log.FailureLog;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.PathField;

/**
 * Collects the files of one import: chosen with the desktop's file chooser, a folder (all files in
 * it and below), or a path typed or pasted. The list can be reviewed before anything is imported.
 */
public final class ImportDocumentsDialog extends ReviewDialog {

    public static final String TITLE = "Import Documents";

    private final Set<Path> files = new LinkedHashSet<>();
    private org.eclipse.swt.widgets.List fileList;
    private PathField pathField;
    private int foldersBeingRead;

    public ImportDocumentsDialog(Shell parent) {
        super(parent, TITLE);
    }

    @Override
    public void create() {
        super.create();
        setTitle("Import documents into the project");
        setMessage("Add transcripts and other documents (Word, OpenDocument, RTF, PDF, HTML, text). "
                + "Tillit keeps a copy of each file; the originals are not changed.");
        updateButtons();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        fileList = WidgetIds.tag(new org.eclipse.swt.widgets.List(body, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                WidgetIds.IMPORT_FILES);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 220;
        listData.widthHint = 520;
        fileList.setLayoutData(listData);

        Composite side = new Composite(body, SWT.NONE);
        side.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        side.setLayout(new GridLayout(1, true));
        button(side, "Add &Files…", this::chooseFiles);
        button(side, "Add F&older…", this::chooseFolder);
        button(side, "&Remove", this::removeSelected);

        Composite pathRow = new Composite(body, SWT.NONE);
        pathRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        pathRow.setLayout(rowLayout);
        new Label(pathRow, SWT.NONE).setText("&Path:");
        pathField = new PathField(pathRow, WidgetIds.IMPORT_PATH, "Type or paste a file or folder path and press Enter",
                this::addTypedPath);
        pathField.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(pathRow, "&Add", () -> pathField.typedPath().ifPresent(this::addTypedPath));
        return area;
    }

    private void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Choose documents");
        dialog.setFilterNames(new String[] { "Documents", "All files" });
        dialog.setFilterExtensions(new String[] { "*.docx;*.doc;*.odt;*.rtf;*.pdf;*.html;*.htm;*.txt;*.md;*.epub", "*" });
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            refresh();
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Choose a folder of documents");
        String folder = dialog.open();
        if (folder != null) {
            add(Path.of(folder));
        }
    }

    private void addTypedPath(Path path) {
        if (!Files.exists(path)) {
            setMessage("There is no file or folder " + path, IMessageProvider.ERROR);
            return;
        }
        pathField.setText("");
        add(path);
    }

    /** A file is added at once; a folder is walked off the UI thread, as it may hold thousands. */
    private void add(Path path) {
        if (!Files.isDirectory(path)) {
            files.add(path.toAbsolutePath().normalize());
            showCount();
            return;
        }
        foldersBeingRead++;
        updateButtons();
        setMessage("Reading the folder " + path + "…", IMessageProvider.NONE);
        // The display is taken here, on the UI thread: the pool thread must not touch widgets.
        Display display = getShell().getDisplay();
        CompletableFuture.supplyAsync(() -> {
            try {
                return FileCollector.collect(List.of(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((found, error) -> display.asyncExec(() -> folderRead(path, found, error)));
    }

    private void folderRead(Path folder, List<Path> found, Throwable error) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        foldersBeingRead--;
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            FailureLog.warning(ImportDocumentsDialog.class, "Cannot read the folder " + folder, cause);
            setMessage("Cannot read the folder " + folder + ": " + cause.getMessage(), IMessageProvider.ERROR);
            updateButtons();
            return;
        }
        files.addAll(found);
        showCount();
    }

    private void showCount() {
        setMessage(files.size() + (files.size() == 1 ? " file" : " files") + " to import.", IMessageProvider.NONE);
        refresh();
    }

    private void removeSelected() {
        for (String selected : fileList.getSelection()) {
            files.remove(Path.of(selected));
        }
        refresh();
    }

    private void refresh() {
        fileList.setItems(files.stream().map(Path::toString).toArray(String[]::new));
        updateButtons();
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!files.isEmpty() && foldersBeingRead == 0);
        }
    }

    /** The files to import, in the order they were added. */
    public List<Path> files() {
        return new ArrayList<>(files);
    }
}
