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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.importer.FileCollector;
import org.tillit.model.log.FailureLog;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.PathField;

/**
 * Collects the files of one import: chosen with the desktop's file chooser, a folder (all files in
 * it and below), or a path typed or pasted. The list can be reviewed before anything is imported.
 */
public final class ImportDocumentsDialog extends ReviewDialog {

    public static final String TITLE = Messages.ImportDocuments_window;

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
        setTitle(Messages.ImportDocuments_title);
        setMessage(Messages.ImportDocuments_message);
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
        button(side, Messages.ImportDocuments_addFiles, this::chooseFiles);
        button(side, Messages.ImportDocuments_addFolder, this::chooseFolder);
        button(side, Messages.ImportDocuments_remove, this::removeSelected);

        Composite pathRow = new Composite(body, SWT.NONE);
        pathRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        pathRow.setLayout(rowLayout);
        new Label(pathRow, SWT.NONE).setText(Messages.ImportDocuments_path);
        pathField = new PathField(pathRow, WidgetIds.IMPORT_PATH, Messages.ImportDocuments_pathHint,
                this::addTypedPath);
        pathField.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(pathRow, Messages.ImportDocuments_add, () -> pathField.typedPath().ifPresent(this::addTypedPath));
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
        createButton(parent, IDialogConstants.OK_ID, Messages.ImportDocuments_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.ImportDocuments_chooseFiles);
        dialog.setFilterNames(new String[] { Messages.ImportDocuments_documents, Messages.Files_all });
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
        dialog.setText(Messages.ImportDocuments_chooseFolder);
        String folder = dialog.open();
        if (folder != null) {
            add(Path.of(folder));
        }
    }

    private void addTypedPath(Path path) {
        if (!Files.exists(path)) {
            setMessage(NLS.bind(Messages.ImportDocuments_noPath, path), IMessageProvider.ERROR);
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
        setMessage(NLS.bind(Messages.ImportDocuments_readingFolder, path), IMessageProvider.NONE);
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
            String problem = NLS.bind(Messages.ImportDocuments_folderUnreadable, folder, cause.getMessage());
            FailureLog.warning(ImportDocumentsDialog.class, problem, cause);
            setMessage(problem, IMessageProvider.ERROR);
            updateButtons();
            return;
        }
        files.addAll(found);
        showCount();
    }

    private void showCount() {
        setMessage(files.size() == 1 ? Messages.ImportDocuments_oneFile
                : NLS.bind(Messages.ImportDocuments_fileCount, files.size()), IMessageProvider.NONE);
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
