package org.tillit.ui.codebook;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** Asks for a code's Swedish and English labels (for a new code or a rename). */
public final class CodeLabelsDialog extends TitleAreaDialog {

    public static final String SV_ID = "tillit.code.label.sv";
    public static final String EN_ID = "tillit.code.label.en";

    private final String title;
    private final String message;
    private String labelSv;
    private String labelEn;
    private Text svField;
    private Text enField;

    public CodeLabelsDialog(Shell parent, String title, String message, String labelSv, String labelEn) {
        super(parent);
        this.title = title;
        this.message = message;
        this.labelSv = labelSv == null ? "" : labelSv;
        this.labelEn = labelEn == null ? "" : labelEn;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    public void create() {
        super.create();
        setTitle(title);
        setMessage(message);
        validate();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        svField = field(body, Messages.CodeLabels_swedish, labelSv, SV_ID);
        enField = field(body, Messages.CodeLabels_english, labelEn, EN_ID);
        return area;
    }

    private Text field(Composite body, String label, String value, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SINGLE), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setText(value);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    private void validate() {
        boolean ok = svField != null && !(svField.getText().isBlank() && enField.getText().isBlank());
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
        setErrorMessage(ok ? null : Messages.CodeLabels_needLabel);
    }

    @Override
    protected void okPressed() {
        labelSv = svField.getText().strip();
        labelEn = enField.getText().strip();
        // One language may be left empty: the label then shows in the other.
        if (labelSv.isEmpty()) {
            labelSv = labelEn;
        }
        super.okPressed();
    }

    public String labelSv() {
        return labelSv;
    }

    public String labelEn() {
        return labelEn;
    }
}
