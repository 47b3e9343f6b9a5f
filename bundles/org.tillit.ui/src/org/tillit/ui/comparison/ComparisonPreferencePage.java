package org.tillit.ui.comparison;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.model.log.FailureLog;
import org.tillit.ui.WidgetIds;

/** The Comparison preferences: the respondent check's two thresholds. */
public final class ComparisonPreferencePage extends PreferencePage {

    private static final int MAX_CASES = 999;

    private Spinner maxShare;
    private Spinner minCases;

    public ComparisonPreferencePage() {
        super(Messages.Preferences_page);
        setDescription(Messages.Preferences_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Group check = new Group(parent, SWT.NONE);
        check.setText(Messages.Preferences_check);
        check.setLayout(new GridLayout(2, false));
        check.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(check, SWT.NONE).setText(Messages.Preferences_maxShare);
        maxShare = WidgetIds.tag(new Spinner(check, SWT.BORDER), WidgetIds.COMPARISON_MAX_SHARE);
        maxShare.setValues(RespondentCheckPreference.maxSharePercent(), 1, 100, 0, 1, 10);
        new Label(check, SWT.NONE).setText(Messages.Preferences_minCases);
        minCases = WidgetIds.tag(new Spinner(check, SWT.BORDER), WidgetIds.COMPARISON_MIN_CASES);
        minCases.setValues(RespondentCheckPreference.minCases(), 1, MAX_CASES, 0, 1, 5);
        Label note = new Label(check, SWT.WRAP);
        note.setText(Messages.Preferences_note);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        noteData.widthHint = 420;
        note.setLayoutData(noteData);
        return check;
    }

    @Override
    protected void performDefaults() {
        maxShare.setSelection(RespondentCheckPreference.DEFAULT_MAX_SHARE);
        minCases.setSelection(RespondentCheckPreference.DEFAULT_MIN_CASES);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (maxShare == null) {
            return true; // the page was never shown: nothing changed
        }
        try {
            RespondentCheckPreference.choose(maxShare.getSelection(), minCases.getSelection());
        } catch (BackingStoreException e) {
            FailureLog.error(ComparisonPreferencePage.class, e.getMessage(), e);
            MessageDialog.openError(getShell(), Messages.Preferences_page, e.getMessage());
            return false;
        }
        return true;
    }
}
