package org.tillit.ui.editing;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * Edit &gt; Replace in All Documents…: a name and its pseudonym, whole words and any case by
 * default, as anonymising a transcript needs. The originals are not changed.
 */
public final class ReplaceAllDialog extends TitleAreaDialog {

    /** What the user asked for. */
    public record Request(String find, String replacement, boolean wholeWord, boolean ignoreCase) {
    }

    private Text find;
    private Text replacement;
    private Button wholeWord;
    private Button ignoreCase;
    private Request request;

    public ReplaceAllDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ReplaceAll_window);
    }

    @Override
    public void create() {
        super.create();
        setTitle(Messages.ReplaceAll_title);
        setMessage(Messages.ReplaceAll_message);
        getButton(IDialogConstants.OK_ID).setText(Messages.ReplaceAll_replace);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        find = field(fields, Messages.ReplaceAll_find, WidgetIds.REPLACE_FIND);
        replacement = field(fields, Messages.ReplaceAll_with, WidgetIds.REPLACE_WITH);
        wholeWord = check(fields, Messages.ReplaceAll_wholeWord);
        ignoreCase = check(fields, Messages.ReplaceAll_ignoreCase);
        find.addListener(SWT.Modify, e -> getButton(IDialogConstants.OK_ID).setEnabled(!find.getText().isEmpty()));
        return area;
    }

    @Override
    protected void okPressed() {
        request = new Request(find.getText(), replacement.getText(), wholeWord.getSelection(), ignoreCase.getSelection());
        super.okPressed();
    }

    public Request request() {
        return request;
    }

    private static Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = WidgetIds.tag(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        field.setLayoutData(data);
        return field;
    }

    private static Button check(Composite parent, String label) {
        new Label(parent, SWT.NONE);
        Button check = new Button(parent, SWT.CHECK);
        check.setText(label);
        check.setSelection(true);
        return check;
    }
}
