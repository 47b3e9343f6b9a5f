package org.tillit.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * Tillit's General preferences, one group per subject. The user-interface group holds the
 * language; a further setting gets a group of its own from {@link #group}.
 */
public final class GeneralPreferencePage extends PreferencePage {

    private static final UiLanguage[] CHOICES = { UiLanguage.SYSTEM, UiLanguage.SWEDISH, UiLanguage.ENGLISH };

    private Combo language;
    private boolean languageChanged;

    public GeneralPreferencePage() {
        super(Messages.Preferences_general);
        setDescription(Messages.Preferences_generalDescription);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        page.setLayout(layout);
        Composite ui = group(page, Messages.Preferences_interface);
        new Label(ui, SWT.NONE).setText(Messages.Preferences_language);
        language = WidgetIds.tag(new Combo(ui, SWT.READ_ONLY), WidgetIds.PREFERENCES_LANGUAGE);
        language.setItems(Messages.Preferences_followSystem, Messages.Language_swedish, Messages.Language_english);
        language.select(Arrays.asList(CHOICES).indexOf(UiLanguage.chosen()));
        Label note = new Label(ui, SWT.WRAP);
        note.setText(Messages.Preferences_restartNote);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        noteData.widthHint = 420;
        note.setLayoutData(noteData);
        return page;
    }

    /** A titled group of label-and-field rows. */
    static Composite group(Composite page, String title) {
        Group group = new Group(page, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    @Override
    public boolean performOk() {
        if (language == null) {
            return true;
        }
        UiLanguage chosen = CHOICES[language.getSelectionIndex()];
        languageChanged = chosen != UiLanguage.chosen();
        try {
            UiLanguage.choose(chosen);
        } catch (BackingStoreException e) {
            MessageDialog.openError(getShell(), Messages.Preferences_window, e.getMessage());
            return false;
        }
        return true;
    }

    /** Whether OK stored another language than before. */
    public boolean languageChanged() {
        return languageChanged;
    }
}
