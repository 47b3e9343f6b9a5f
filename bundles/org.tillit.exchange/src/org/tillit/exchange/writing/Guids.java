package org.tillit.exchange.writing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tillit.model.Identified;

/**
 * The GUIDs a REFI-QDA file gives Tillit's elements: the model's own where it is one, else one
 * derived by name (UUID.nameUUIDFromBytes), so exporting the same project twice gives the same
 * GUIDs and what the model has no GUID for (a note, a selection) still has a stable one.
 */
final class Guids {

    private Guids() {
    }

    /** The element's guid, or one derived from what identifies it in the model. */
    static String of(Identified element, String kind) {
        String guid = element.getGuid();
        if (guid != null && isGuid(guid)) {
            return guid;
        }
        return derived(kind, guid != null ? guid : EcoreUtil.getURI(element).fragment());
    }

    /**
     * Whether the text is the schema's GUIDType: 8-4-4-4-12 hex digits, or those in braces. Checked
     * by hand: a regular expression for each coding and its code was a tenth of an export.
     */
    static boolean isGuid(String text) {
        boolean braced = text.length() == 38 && text.charAt(0) == '{' && text.charAt(37) == '}';
        if (text.length() != 36 && !braced) {
            return false;
        }
        int from = braced ? 1 : 0;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(from + i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0 && c < 128;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A GUID that is always the same for the same kind and key, e.g. ("note", the owner's guid). */
    static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("tillit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
