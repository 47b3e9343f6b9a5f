package org.tillit.ui.comparison;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.query.RespondentCheck;

/**
 * The respondent check's thresholds as the user chose them in the preferences (the share one case
 * may supply, in whole percent, and the fewest cases with the code), else the query layer's
 * defaults. Kept in the instance preferences of {@code org.tillit.ui}.
 */
public final class RespondentCheckPreference {

    static final String NODE = "org.tillit.ui";
    static final String MAX_SHARE = "comparison.maxCaseSharePercent";
    static final String MIN_CASES = "comparison.minCases";

    public static final int DEFAULT_MAX_SHARE = (int) Math.round(RespondentCheck.DEFAULT.maxCaseShare() * 100);
    public static final int DEFAULT_MIN_CASES = RespondentCheck.DEFAULT.minCases();

    private RespondentCheckPreference() {
    }

    public static RespondentCheck check() {
        return new RespondentCheck(maxSharePercent() / 100.0, minCases());
    }

    public static int maxSharePercent() {
        return node().getInt(MAX_SHARE, DEFAULT_MAX_SHARE);
    }

    public static int minCases() {
        return node().getInt(MIN_CASES, DEFAULT_MIN_CASES);
    }

    public static void choose(int maxSharePercent, int minCases) throws BackingStoreException {
        IEclipsePreferences node = node();
        node.putInt(MAX_SHARE, maxSharePercent);
        node.putInt(MIN_CASES, minCases);
        node.flush();
    }

    /** Calls the listener (on the thread that stores) when a threshold changes; returns what removes it. */
    public static Runnable onChange(Runnable listener) {
        IPreferenceChangeListener changed = event -> {
            if (MAX_SHARE.equals(event.getKey()) || MIN_CASES.equals(event.getKey())) {
                listener.run();
            }
        };
        node().addPreferenceChangeListener(changed);
        return () -> node().removePreferenceChangeListener(changed);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
