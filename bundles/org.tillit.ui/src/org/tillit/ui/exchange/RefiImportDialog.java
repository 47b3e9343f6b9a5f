package org.tillit.ui.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.eclipse.swt.widgets.Text;
import org.tillit.exchange.QdcImport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.exchange.reading.RefiReadException;
import org.tillit.importer.DocumentExtractor;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.PathField;
import org.tillit.ui.widgets.TitledDialog;
import org.tillit.ui.widgets.TypedPath;

/**
 * File &gt; Import from Other Programs…: a REFI-QDA project (.qdpx) or codebook (.qdc), read in the
 * background as soon as it is chosen; the dialog then says what is matched and what is added, and
 * what the file holds that Tillit does not carry, before anything is changed. Import applies it, to
 * the open project or, for a .qdpx, as a new project in a folder of its own.
 */
public final class RefiImportDialog extends TitledDialog {

    public static final String TITLE = Messages.Import_title;

    private final ProjectStore store;
    private final DocumentExtractor extractor;
    private Text file;
    private Text plan;
    private Button intoThis;
    private Button asNew;
    private PathField newFolder;
    private Label problem;
    private RefiImportPlan planned;
    private String plannedText;
    private Path chosenNewFolder;
    private Job reading;

    public RefiImportDialog(Shell parent, ProjectStore store, DocumentExtractor extractor) {
        super(parent, TITLE);
        this.store = store;
        this.extractor = extractor;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(4, false));
        wrappedText(area, Messages.Import_about, 4, 600);
        new Label(area, SWT.NONE).setText(Messages.Export_file);
        file = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SINGLE), WidgetIds.REFI_IMPORT_FILE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addListener(SWT.Traverse, e -> { // Enter reads the file; the dialog's Import waits for the plan
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                read();
            }
        });
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browse());
        Button read = WidgetIds.tag(new Button(area, SWT.PUSH), WidgetIds.REFI_IMPORT_READ);
        read.setText(Messages.Import_read);
        read.addListener(SWT.Selection, e -> read());
        plan = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
                WidgetIds.REFI_IMPORT_PLAN);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tall.heightHint = 260;
        plan.setLayoutData(tall);
        plan.setText(Messages.Import_choose);
        destination(area);
        return area;
    }

    /** Into the open project, or (a .qdpx) as a new project in a folder of its own. */
    private void destination(Composite area) {
        intoThis = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.REFI_IMPORT_INTO);
        intoThis.setText(Messages.Import_intoThis);
        intoThis.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        intoThis.setSelection(true);
        asNew = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.REFI_IMPORT_NEW);
        asNew.setText(Messages.Import_asNew);
        newFolder = new PathField(area, WidgetIds.REFI_IMPORT_NEW_FOLDER, Messages.Import_newFolderHint, typed -> {
            asNew.setSelection(true);
            intoThis.setSelection(false);
            showPlan();
        });
        newFolder.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browseFolder());
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        intoThis.addListener(SWT.Selection, e -> showPlan());
        asNew.addListener(SWT.Selection, e -> showPlan());
        newFolder.control().addListener(SWT.Modify, e -> problem.setText(""));
    }

    private void browseFolder() {
        String picked = new DirectoryDialog(getShell()).open();
        if (picked != null) {
            newFolder.setText(picked);
            asNew.setSelection(true);
            intoThis.setSelection(false);
            showPlan();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Import_import, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void browse() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.qdpx;*.qdc", "*" });
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(chosen);
            read();
        }
    }

    /** Reads the file and plans the import off the UI thread; the newest file asked for wins. */
    private void read() {
        Optional<Path> typed = TypedPath.of(file.getText());
        if (typed.isEmpty()) {
            return;
        }
        Path chosen = typed.get().toAbsolutePath();
        planned = null;
        plannedText = null;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        plan.setText(NLS.bind(Messages.Import_reading, chosen.getFileName()));
        if (reading != null) {
            reading.cancel();
        }
        Display display = getShell().getDisplay();
        reading = new Job(NLS.bind(Messages.Import_reading, chosen.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Job self = this;
                try {
                    RefiImportPlan made = RefiImportPlan.of(content(chosen), store);
                    String said = made.text() + "\n\n" + made.report().text();
                    later(display, self, () -> planned(made, said));
                } catch (RefiReadException | ProjectStoreException e) {
                    FailureLog.warning(RefiImportDialog.class, e.getMessage(), e);
                    later(display, self, () -> plan.setText(e.getMessage()));
                } catch (RuntimeException e) {
                    FailureLog.error(RefiImportDialog.class, chosen.toString(), e);
                    later(display, self, () -> plan.setText(NLS.bind(Messages.Import_failed, chosen, e.getMessage())));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectJobs.FAMILY;
            }
        };
        reading.schedule();
    }

    private RefiContent content(Path chosen) throws RefiReadException {
        return chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc") ? QdcImport.read(chosen)
                : QdpxImport.read(chosen, extractor);
    }

    /** Shows the result unless the dialog closed or a newer file was asked for meanwhile. */
    private void later(Display display, Job from, Runnable shown) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (isOpen() && reading == from) {
                    shown.run();
                }
            });
        }
    }

    private void planned(RefiImportPlan made, String said) {
        planned = made;
        plannedText = said;
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        showPlan();
    }

    /** What the import brings where it goes: matched and added here, or everything into a new project. */
    private void showPlan() {
        boolean project = planned != null && !planned.content().fileName().toLowerCase(Locale.ROOT).endsWith(".qdc");
        asNew.setEnabled(planned == null || project);
        if (!project && asNew.getSelection()) {
            asNew.setSelection(false);
            intoThis.setSelection(true);
        }
        if (planned != null) {
            plan.setText(asNew.getSelection() ? planned.content().summary() + "\n\n" + planned.report().text() : plannedText);
        }
    }

    @Override
    protected void okPressed() {
        if (asNew.getSelection()) {
            Optional<Path> folder = newFolder.typedPath().map(path -> path.toAbsolutePath().normalize());
            if (folder.isEmpty() || !ProjectLocation.folder(folder.get()).isFreeForNewProject()) {
                problem.setText(folder.isEmpty() ? Messages.Import_newFolderMissing
                        : NLS.bind(Messages.Import_newFolderNotEmpty, folder.get()));
                growToFit();
                return;
            }
            chosenNewFolder = folder.get();
        }
        super.okPressed();
    }

    /** The import as planned into the open project; null unless closed with Import. */
    public RefiImportPlan plan() {
        return planned;
    }

    /** The folder of the new project the file becomes, when that was chosen; empty: into the open project. */
    public Optional<Path> newProjectFolder() {
        return Optional.ofNullable(chosenNewFolder);
    }

    @Override
    public boolean close() {
        if (reading != null) {
            reading.cancel();
        }
        return super.close();
    }
}
