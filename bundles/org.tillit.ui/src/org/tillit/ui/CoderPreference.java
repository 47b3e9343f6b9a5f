package org.tillit.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.tillit.store.CoderIdentity;

/**
 * The name this user codes under, chosen in the preferences; without a choice, the
 * operating-system user. Read when the project opens: every new coding records it.
 */
public final class CoderPreference {

    static final String NODE = "org.tillit.ui";
    static final String KEY = "coder.name";

    private CoderPreference() {
    }

    public static CoderIdentity identity() {
        return CoderIdentity.chosenOrSystem(node().get(KEY, null));
    }

    /** The chosen name, or null when the operating-system user is used. */
    public static String chosen() {
        return node().get(KEY, null);
    }

    /** Remembers the name (blank: back to the operating-system user); it applies from the next opening. */
    public static void choose(String name) throws BackingStoreException {
        Preferences node = node();
        if (name == null || name.isBlank()) {
            node.remove(KEY);
        } else {
            node.put(KEY, name.strip());
        }
        node.flush();
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
