package org.tillit.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectStore;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * Tillit's General preferences, one group per subject. The user-interface group holds the
 * language; a further setting gets a group of its own from {@link #group}.
 */
public final class GeneralPreferencePage extends PreferencePage {

    private static final UiLanguage[] CHOICES = { UiLanguage.SYSTEM, UiLanguage.SWEDISH, UiLanguage.ENGLISH };

    private final ProjectStore store;
    private Combo language;
    private Text coder;
    private boolean languageChanged;

    /** @param store the open project, which records new codings under the coder name chosen here */
    public GeneralPreferencePage(ProjectStore store) {
        super(Messages.Preferences_general);
        this.store = store;
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

        Composite coding = group(page, Messages.Preferences_coding);
        new Label(coding, SWT.NONE).setText(Messages.Preferences_coderName);
        coder = WidgetIds.tag(new Text(coding, SWT.BORDER), WidgetIds.PREFERENCES_CODER);
        coder.setText(CoderPreference.chosen() == null ? "" : CoderPreference.chosen());
        coder.setMessage(CoderIdentity.ofSystemUser().name());
        coder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label coderNote = new Label(coding, SWT.WRAP);
        coderNote.setText(NLS.bind(Messages.Preferences_coderNote, CoderIdentity.ofSystemUser().name()));
        GridData coderNoteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        coderNoteData.widthHint = 420;
        coderNote.setLayoutData(coderNoteData);
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
            CoderPreference.choose(coder.getText());
            store.useCoder(CoderPreference.identity());
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
