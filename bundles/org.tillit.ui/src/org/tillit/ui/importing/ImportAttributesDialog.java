package org.tillit.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.importer.AttributeImporter;
import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.AttributePlanTable;
import org.tillit.ui.widgets.PathField;

/**
 * Chooses an attribute sheet and shows what it would do before anything changes: the matched rows,
 * the attributes with their types, and every problem. Apply is only offered for a sheet that can
 * be applied whole.
 */
public final class ImportAttributesDialog extends ReviewDialog {

    public static final String TITLE = Messages.ImportAttributes_window;

    private final AttributeImporter importer;
    private final ProjectStore store;
    private PathField pathField;
    private AttributePlanTable preview;
    private org.eclipse.swt.widgets.List problems;
    private Button skipUnknown;
    private AttributePlan plan;

    public ImportAttributesDialog(Shell parent, AttributeImporter importer, ProjectStore store) {
        super(parent, TITLE);
        this.importer = importer;
        this.store = store;
    }

    @Override
    public void create() {
        super.create();
        setTitle(Messages.ImportAttributes_title);
        setMessage(Messages.ImportAttributes_message);
        updateApply();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(3, false));

        new Label(body, SWT.NONE).setText(Messages.ImportAttributes_sheet);
        pathField = new PathField(body, WidgetIds.ATTRIBUTES_PATH,
                Messages.ImportAttributes_pathHint, this::read);
        pathField.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ImportAttributes_browse);
        browse.addListener(SWT.Selection, e -> choose());

        Composite previewHolder = new Composite(body, SWT.NONE);
        previewHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        GridLayout fill = new GridLayout(1, false);
        fill.marginWidth = 0;
        previewHolder.setLayout(fill);
        preview = new AttributePlanTable(previewHolder);

        Label problemsLabel = new Label(body, SWT.NONE);
        problemsLabel.setText(Messages.ImportAttributes_problems);
        problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problems = WidgetIds.tag(new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                WidgetIds.ATTRIBUTES_PROBLEMS);
        GridData problemsData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        problemsData.heightHint = 90;
        problems.setLayoutData(problemsData);

        skipUnknown = WidgetIds.tag(new Button(body, SWT.CHECK), WidgetIds.ATTRIBUTES_SKIP_UNKNOWN);
        skipUnknown.setText(Messages.ImportAttributes_skipUnknown);
        skipUnknown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        skipUnknown.addListener(SWT.Selection, e -> showVerdict());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ImportAttributes_apply, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void choose() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.ImportAttributes_choose);
        dialog.setFilterNames(new String[] { Messages.ImportAttributes_spreadsheets, Messages.Files_all });
        dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt;*.xlsx;*.xls", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            pathField.setText(chosen);
            read(Path.of(chosen));
        }
    }

    /** Reads and plans off the UI thread: a large workbook takes a moment. */
    private void read(Path file) {
        plan = null;
        preview.clear();
        problems.removeAll();
        updateApply();
        if (!Files.isRegularFile(file)) {
            setMessage(NLS.bind(Messages.ImportAttributes_noFile, file), IMessageProvider.ERROR);
            return;
        }
        setMessage(NLS.bind(Messages.ImportAttributes_reading, file.getFileName()), IMessageProvider.NONE);
        // The display is taken here, on the UI thread: the pool thread must not touch widgets.
        Display display = getShell().getDisplay();
        CompletableFuture.supplyAsync(() -> {
            try {
                return importer.plan(file, store);
            } catch (AttributeImportException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((result, error) -> display.asyncExec(() -> shown(result, error)));
    }

    private void shown(AttributePlan result, Throwable error) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            String problem = cause instanceof AttributeImportException ? cause.getMessage()
                    : NLS.bind(Messages.ImportAttributes_unreadable, cause);
            FailureLog.warning(ImportAttributesDialog.class, problem, cause);
            setMessage(problem, IMessageProvider.ERROR);
            return;
        }
        plan = result;
        preview.show(plan);
        List<String> lines = new ArrayList<>(plan.problems());
        lines.addAll(plan.unknownNames());
        problems.setItems(lines.isEmpty() ? new String[] { Messages.ImportAttributes_noProblems } : lines.toArray(String[]::new));
        showVerdict();
    }

    private void showVerdict() {
        updateApply();
        if (plan == null) {
            return;
        }
        if (!plan.problems().isEmpty()) {
            int count = plan.problems().size();
            setMessage(count == 1 ? Messages.ImportAttributes_oneProblem
                    : NLS.bind(Messages.ImportAttributes_problemCount, count), IMessageProvider.ERROR);
        } else if (!plan.unknownNames().isEmpty() && !skipUnknown.getSelection()) {
            int unknown = plan.unknownNames().size();
            setMessage(unknown == 1 ? Messages.ImportAttributes_oneUnknown
                    : NLS.bind(Messages.ImportAttributes_unknownCount, unknown), IMessageProvider.WARNING);
        } else if (plan.assignments().isEmpty()) {
            setMessage(Messages.ImportAttributes_noValues, IMessageProvider.WARNING);
        } else {
            setMessage(NLS.bind(Messages.ImportAttributes_ready, plan.summary()), IMessageProvider.INFORMATION);
        }
    }

    private void updateApply() {
        Button apply = getButton(IDialogConstants.OK_ID);
        if (apply != null) {
            apply.setEnabled(plan != null && plan.canApply(skipUnknown.getSelection()));
        }
    }

    /** The plan the user applied (only after OK). */
    public AttributePlan plan() {
        return plan;
    }
}
