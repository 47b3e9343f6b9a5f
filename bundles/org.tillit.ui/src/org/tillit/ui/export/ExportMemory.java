package org.tillit.ui.export;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;

/**
 * The user's last export choices, per project (one study cites "{roll} {löpnummer}", another not)
 * and per kind of result (a table goes to Excel, a quote report to Word); kept in the user's preferences.
 */
final class ExportMemory {

    private static final String NODE = "org.tillit.ui/export";
    static final String FOLDER = "folder";
    static final String CITATION = "citation";
    static final String PSEUDONYMS = "pseudonyms";
    static final String DEFINITIONS = "definitions";
    static final String MEMOS = "memos";
    static final String COUNTS = "counts";
    static final String QUESTIONS = "questions";
    static final String CHART = "chart";

    private final IEclipsePreferences node;

    ExportMemory(ProjectStore store) {
        String project = Integer.toHexString(store.location().uri().toString().hashCode());
        node = (IEclipsePreferences) InstanceScope.INSTANCE.getNode(NODE).node(project);
    }

    String get(String key, String otherwise) {
        return node.get(key, otherwise);
    }

    boolean flag(String key, boolean otherwise) {
        return node.getBoolean(key, otherwise);
    }

    ExportFormat format(ExportSource.Kind kind, ExportFormat otherwise) {
        String name = node.get("format." + kind.name(), otherwise.name());
        for (ExportFormat format : ExportFormat.values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return otherwise;
    }

    void rememberFormat(ExportSource.Kind kind, ExportFormat format) {
        node.put("format." + kind.name(), format.name());
    }

    void put(String key, String value) {
        node.put(key, value);
    }

    void rememberFlag(String key, boolean value) {
        node.putBoolean(key, value);
    }

    void save() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            FailureLog.warning(ExportMemory.class, Messages.Memory_notSaved, e);
        }
    }
}
