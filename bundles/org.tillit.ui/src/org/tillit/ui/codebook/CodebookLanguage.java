package org.tillit.ui.codebook;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.model.codebook.Language;

/**
 * The language the researcher reads code labels in: a personal preference, kept across sessions,
 * so two researchers can share a project and each read it in their own language.
 */
public final class CodebookLanguage {

    private static final String NODE = "org.tillit.ui";
    private static final String KEY = "codebook.language";

    private CodebookLanguage() {
    }

    public static Language get(String projectLanguage) {
        String chosen = preferences().get(KEY, null);
        return Language.fromTag(chosen != null ? chosen : projectLanguage);
    }

    public static void set(Language language) {
        IEclipsePreferences preferences = preferences();
        preferences.put(KEY, language.tag());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the choice still holds for this session; it is only not remembered
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
