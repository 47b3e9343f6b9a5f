package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tillit.model.Code;

/**
 * Codes merged or deleted with their codings, kept as hidden rows (schema version 6): a merge or a
 * deletion writes the code's row, not one row per coding (H2 rewrites a row in some 70 µs, so
 * 15,000 codings took seconds), and undo finds the coding rows where they were. The rows of a
 * merged code's codings keep its guid and count as the code it was merged into; opening the
 * project for work moves them there and removes what was deleted.
 */
final class RetiredCodes {

    private RetiredCodes() {
    }

    /** Hides the source as merged into the target; it leaves its parent and every set. */
    static void merge(Connection c, Code source, Code target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET merged_into = ?, parent_guid = NULL WHERE guid = ?")) {
            ps.setObject(1, uuid(target));
            ps.setObject(2, uuid(source));
            ps.executeUpdate();
        }
        leaveSets(c, List.of(source));
    }

    /** Hides the codes (a code and its subtree) as deleted; the top one leaves its parent. */
    static void delete(Connection c, Code top, List<Code> subtree) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET deleted = TRUE WHERE guid = ?");
                PreparedStatement orphan = c.prepareStatement("UPDATE code SET parent_guid = NULL WHERE guid = ?")) {
            for (Code code : subtree) {
                ps.setObject(1, uuid(code));
                ps.addBatch();
            }
            ps.executeBatch();
            orphan.setObject(1, uuid(top));
            orphan.executeUpdate();
        }
        leaveSets(c, subtree);
    }

    /** Shows the codes again (their parent and position are written by the caller). */
    static void restore(Connection c, Collection<Code> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET merged_into = NULL, deleted = FALSE WHERE guid = ?")) {
            for (Code code : codes) {
                ps.setObject(1, uuid(code));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The coding rows that count as one of these codes: held under one of them, or under a code
     * merged (directly or through others) into one of them; by coding guid, with the code held.
     */
    static Map<String, UUID> codingsCountingAs(Connection c, Collection<Code> codes) throws SQLException {
        Set<UUID> held = new HashSet<>();
        codes.forEach(code -> held.add(uuid(code)));
        Map<UUID, UUID> mergedInto = mergedInto(c);
        for (boolean grew = true; grew;) {
            grew = false;
            for (Map.Entry<UUID, UUID> merged : mergedInto.entrySet()) {
                if (held.contains(merged.getValue())) {
                    grew |= held.add(merged.getKey());
                }
            }
        }
        Map<String, UUID> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM coding WHERE code_guid = ?")) {
            for (UUID code : held) {
                ps.setObject(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getObject(1, UUID.class).toString(), code);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * For reading a project as it is held (without bringing it up to date): each hidden merged
     * code's guid with the guid of the visible code its codings count as; a code whose codings
     * were deleted (or merged into one deleted) maps to null.
     */
    static Map<String, String> countAs(Connection c) throws SQLException {
        Map<UUID, UUID> mergedInto = mergedInto(c);
        Set<UUID> deleted = deleted(c);
        deleted.addAll(missingTargets(c, mergedInto));
        Map<String, String> countAs = new HashMap<>();
        for (UUID code : mergedInto.keySet()) {
            UUID last = finalCode(code, mergedInto, deleted);
            countAs.put(code.toString(), last == null ? null : last.toString());
        }
        deleted.forEach(code -> countAs.put(code.toString(), null));
        return countAs;
    }

    /**
     * Brings the rows up to date when the project is opened for work (undo does not outlive the
     * session): merged codings move to the code they count as, deleted codes go with their codings.
     */
    static void catchUp(Connection c) throws SQLException {
        Map<UUID, UUID> mergedInto = mergedInto(c);
        Set<UUID> deleted = deleted(c);
        if (mergedInto.isEmpty() && deleted.isEmpty()) {
            return;
        }
        Set<UUID> dead = new HashSet<>(deleted);
        dead.addAll(missingTargets(c, mergedInto));
        List<UUID> gone = new ArrayList<>(deleted);
        try (PreparedStatement move = c.prepareStatement("UPDATE coding SET code_guid = ? WHERE code_guid = ?")) {
            for (UUID code : mergedInto.keySet()) {
                UUID last = finalCode(code, mergedInto, dead);
                if (last == null) {
                    gone.add(code);
                } else {
                    move.setObject(1, last);
                    move.setObject(2, code);
                    move.executeUpdate();
                }
            }
        }
        try (PreparedStatement codings = c.prepareStatement("DELETE FROM coding WHERE code_guid = ?");
                PreparedStatement orphan = c.prepareStatement("UPDATE code SET parent_guid = NULL WHERE guid = ?")) {
            for (UUID code : gone) {
                codings.setObject(1, code);
                codings.executeUpdate();
            }
            for (UUID code : deleted) { // a deleted subtree's rows point at their hidden parents
                orphan.setObject(1, code);
                orphan.executeUpdate();
            }
        }
        try (PreparedStatement codes = c.prepareStatement("DELETE FROM code WHERE guid = ?")) {
            for (UUID code : mergedInto.keySet()) {
                codes.setObject(1, code);
                codes.executeUpdate();
            }
            for (UUID code : deleted) {
                codes.setObject(1, code);
                codes.executeUpdate();
            }
        }
        c.commit();
    }

    /** The code a merged code's codings count as in the end; null if that one is deleted. */
    private static UUID finalCode(UUID code, Map<UUID, UUID> mergedInto, Set<UUID> deleted) {
        UUID last = code;
        for (int steps = 0; mergedInto.containsKey(last) && steps <= mergedInto.size(); steps++) {
            last = mergedInto.get(last);
        }
        return deleted.contains(last) || mergedInto.containsKey(last) ? null : last;
    }

    /** Codes merged into that no longer exist at all (their codings cannot count as anything). */
    private static Set<UUID> missingTargets(Connection c, Map<UUID, UUID> mergedInto) throws SQLException {
        Set<UUID> missing = new HashSet<>(mergedInto.values());
        missing.removeAll(mergedInto.keySet());
        try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                missing.remove(rs.getObject(1, UUID.class));
            }
        }
        return missing;
    }

    private static Map<UUID, UUID> mergedInto(Connection c) throws SQLException {
        Map<UUID, UUID> mergedInto = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, merged_into FROM code WHERE merged_into IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mergedInto.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            }
        }
        return mergedInto;
    }

    private static Set<UUID> deleted(Connection c) throws SQLException {
        Set<UUID> deleted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM code WHERE deleted");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                deleted.add(rs.getObject(1, UUID.class));
            }
        }
        return deleted;
    }

    private static void leaveSets(Connection c, List<Code> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM code_set_member WHERE code_guid = ?")) {
            for (Code code : codes) {
                ps.setObject(1, uuid(code));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static UUID uuid(Code code) {
        return UUID.fromString(code.getGuid());
    }
}
