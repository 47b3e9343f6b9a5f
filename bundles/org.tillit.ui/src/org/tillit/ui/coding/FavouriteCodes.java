package org.tillit.ui.coding;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;

/**
 * The nine favourite codes on Ctrl+1..9, chosen by the user per project and kept in the user's
 * preferences (a coder's habit, not part of the shared project).
 */
public final class FavouriteCodes {

    private static final String NODE = "org.tillit.ui/favourites";

    private final ProjectStore store;

    public FavouriteCodes(ProjectStore store) {
        this.store = store;
    }

    public Optional<Code> get(int number) {
        String guid = node().get(Integer.toString(number), null);
        if (guid == null) {
            return Optional.empty();
        }
        return store.read(project -> CodeTree.allCodes(project.getCodebook()).stream()
                .filter(code -> guid.equals(code.getGuid())).findFirst());
    }

    /** The key number (1..9) of a code, or 0 when it has none. */
    public int numberOf(Code code) {
        for (int number = 1; number <= 9; number++) {
            if (code.getGuid().equals(node().get(Integer.toString(number), null))) {
                return number;
            }
        }
        return 0;
    }

    /** Puts a code on a key (taking it from any other key); number 0 takes it off. */
    public void assign(Code code, int number) {
        IEclipsePreferences node = node();
        int old = numberOf(code);
        if (old > 0) {
            node.remove(Integer.toString(old));
        }
        if (number > 0) {
            node.put(Integer.toString(number), code.getGuid());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            FailureLog.warning(FavouriteCodes.class, Messages.Favourites_notSaved, e);
        }
    }

    private IEclipsePreferences node() {
        // One node per project folder: the favourites of one study are not those of another.
        String project = Integer.toHexString(store.location().uri().toString().hashCode());
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(NODE).node(project);
    }
}
