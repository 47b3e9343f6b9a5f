package org.tillit.ui.importing;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportReport;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.TitledDialog;

/** After an import with skipped or failed files: what landed, and why each other file did not. */
public final class ImportSummaryDialog extends TitledDialog {

    public static final String TITLE = Messages.ImportSummary_window;
    public static final String DETAILS_ID = "tillit.import.summary.details";

    private final ImportReport report;

    public ImportSummaryDialog(Shell parent, ImportReport report) {
        super(parent, TITLE);
        this.report = report;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label headline = new Label(area, SWT.WRAP);
        headline.setText(NLS.bind(Messages.ImportSummary_headline, report.summary()));
        headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL),
                DETAILS_ID);
        details.setText(details());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 560;
        data.heightHint = 180;
        details.setLayoutData(data);
        return area;
    }

    private String details() {
        StringBuilder text = new StringBuilder();
        for (ImportOutcome outcome : report.outcomes()) {
            if (outcome.status() != Status.IMPORTED) {
                text.append(outcome.status() == Status.FAILED ? Messages.ImportSummary_failed : Messages.ImportSummary_skipped)
                        .append(' ').append(outcome.describe())
                        .append('\n');
            }
        }
        return text.toString().strip();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
