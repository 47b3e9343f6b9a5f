package org.tillit.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** Picks the code another code is merged into, with a filter for long codebooks. */
public final class MergeTargetDialog extends TitleAreaDialog {

    public static final String FILTER_ID = "tillit.merge.filter";
    public static final String LIST_ID = "tillit.merge.list";

    private final String sourceName;
    private final List<Code> candidates;
    private final Language language;
    private final List<Code> shown = new ArrayList<>();
    private org.eclipse.swt.widgets.List list;
    private Code target;

    public MergeTargetDialog(Shell parent, String sourceName, List<Code> candidates, Language language) {
        super(parent);
        this.sourceName = sourceName;
        this.candidates = candidates;
        this.language = language;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Merge_window);
    }

    @Override
    public void create() {
        super.create();
        setTitle(NLS.bind(Messages.Merge_title, sourceName));
        setMessage(NLS.bind(Messages.Merge_message, sourceName));
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text filter = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), FILTER_ID);
        filter.setMessage(Messages.Merge_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = WidgetIds.tag(new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), LIST_ID);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        data.widthHint = 420;
        list.setLayoutData(data);
        list.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(list.getSelectionIndex() >= 0));
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        filter.addListener(SWT.Modify, e -> show(filter.getText()));
        show("");
        return area;
    }

    private void show(String filter) {
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        shown.clear();
        list.removeAll();
        for (Code code : candidates) {
            String label = Labels.label(code, language);
            if (needle.isEmpty() || label.toLowerCase(Locale.ROOT).contains(needle)) {
                shown.add(code);
                list.add(label);
            }
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(false);
        }
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        if (index < 0) {
            return;
        }
        target = shown.get(index);
        super.okPressed();
    }

    public Code target() {
        return target;
    }
}
