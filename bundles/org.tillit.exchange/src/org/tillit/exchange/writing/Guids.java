package org.tillit.exchange.writing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tillit.model.Identified;

/**
 * The GUIDs a REFI-QDA file gives Tillit's elements: the model's own where it is one, else one
 * derived by name (UUID.nameUUIDFromBytes), so exporting the same project twice gives the same
 * GUIDs and what the model has no GUID for (a note, a selection) still has a stable one.
 */
final class Guids {

    /** The schema's GUIDType. */
    private static final Pattern GUID = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + "|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})");

    private Guids() {
    }

    /** The element's guid, or one derived from what identifies it in the model. */
    static String of(Identified element, String kind) {
        String guid = element.getGuid();
        if (guid != null && GUID.matcher(guid).matches()) {
            return guid;
        }
        return derived(kind, guid != null ? guid : EcoreUtil.getURI(element).fragment());
    }

    /** A GUID that is always the same for the same kind and key, e.g. ("note", the owner's guid). */
    static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("tillit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
