package org.tillit.ui.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The language of the user interface: the system's, Swedish or English. Kept in the instance
 * preferences ({@code ui.language} in {@code org.tillit.ui.prefs} of the workspace), which
 * {@code tillit-launch.sh} reads to start Equinox with {@code -nl}: message classes load their
 * language once, before any Tillit code runs, so a new choice shows after a restart.
 */
public enum UiLanguage {
    SYSTEM("system"), SWEDISH("sv"), ENGLISH("en");

    static final String NODE = "org.tillit.ui";
    static final String KEY = "ui.language";

    private final String tag;

    UiLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static UiLanguage chosen() {
        String stored = InstanceScope.INSTANCE.getNode(NODE).get(KEY, SYSTEM.tag);
        for (UiLanguage language : values()) {
            if (language.tag.equals(stored)) {
                return language;
            }
        }
        return SYSTEM;
    }

    public static void choose(UiLanguage language) throws BackingStoreException {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        preferences.put(KEY, language.tag);
        preferences.flush();
    }

    /**
     * Whether the running workbench already shows this choice. Equinox's -nl sets the default
     * locale but leaves {@code user.language}, the language Java found in the system.
     */
    public boolean isShown() {
        String wanted = this == SYSTEM ? System.getProperty("user.language", "") : tag;
        return Locale.getDefault().getLanguage().equals(wanted);
    }
}
