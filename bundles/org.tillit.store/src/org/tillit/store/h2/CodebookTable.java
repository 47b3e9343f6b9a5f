package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.TillitFactory;

/** Reads and writes the code tree and code sets. */
final class CodebookTable {

    private CodebookTable() {
    }

    private static final String INSERT_CODE = "INSERT INTO code (guid, parent_guid, position, label_sv, "
            + "label_en, definition_sv, definition_en, color, codable, source, memo) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    static void insert(Connection c, Codebook codebook) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CODE)) {
            insertCodes(ps, null, codebook.getCodes(), 0);
            ps.executeBatch();
        }
        try (PreparedStatement set = c.prepareStatement("INSERT INTO code_set (guid, position, label_sv, label_en, "
                + "definition_sv, definition_en) VALUES (?,?,?,?,?,?)");
                PreparedStatement member = c.prepareStatement(
                        "INSERT INTO code_set_member (set_guid, code_guid, position) VALUES (?,?,?)")) {
            int position = 0;
            for (CodeSet s : codebook.getSets()) {
                set.setObject(1, UUID.fromString(s.getGuid()));
                set.setInt(2, position++);
                set.setString(3, s.getLabelSv());
                set.setString(4, s.getLabelEn());
                set.setString(5, s.getDefinitionSv());
                set.setString(6, s.getDefinitionEn());
                set.addBatch();
                int memberPosition = 0;
                for (Code code : s.getMembers()) {
                    member.setObject(1, UUID.fromString(s.getGuid()));
                    member.setObject(2, UUID.fromString(code.getGuid()));
                    member.setInt(3, memberPosition++);
                    member.addBatch();
                }
            }
            set.executeBatch();
            member.executeBatch();
        }
    }

    /** Inserts one code with its subtree at a position among its siblings (positions fixed after). */
    static void insertSubtree(Connection c, Code code, Code parent, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CODE)) {
            insertCodes(ps, parent, List.of(code), position);
            ps.executeBatch();
        }
    }

    static void save(Connection c, Code code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET label_sv = ?, label_en = ?, definition_sv = ?, "
                + "definition_en = ?, color = ?, codable = ?, source = ?, memo = ? WHERE guid = ?")) {
            ps.setString(1, code.getLabelSv());
            ps.setString(2, code.getLabelEn());
            ps.setString(3, code.getDefinitionSv());
            ps.setString(4, code.getDefinitionEn());
            ps.setString(5, code.getColor());
            ps.setBoolean(6, code.isCodable());
            ps.setString(7, code.getSource());
            ps.setString(8, code.getMemo());
            ps.setObject(9, UUID.fromString(code.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Writes parent and position of every code in the list, which are the siblings in order. */
    static void savePositions(Connection c, Code parent, List<Code> siblings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET parent_guid = ?, position = ? WHERE guid = ?")) {
            int position = 0;
            for (Code sibling : siblings) {
                ps.setObject(1, parent == null ? null : UUID.fromString(parent.getGuid()));
                ps.setInt(2, position++);
                ps.setObject(3, UUID.fromString(sibling.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the code and its subtree, children first (the parent reference has no cascade). */
    static void deleteSubtree(Connection c, Code code) throws SQLException {
        for (Code child : code.getChildren()) {
            deleteSubtree(c, child);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM code WHERE guid = ?")) {
            ps.setObject(1, UUID.fromString(code.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Inserts a set after the others, with its members. */
    static void insertSet(Connection c, CodeSet set) throws SQLException {
        int position;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM code_set");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            position = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO code_set (guid, position, label_sv, label_en, "
                + "definition_sv, definition_en) VALUES (?,?,?,?,?,?)")) {
            ps.setObject(1, UUID.fromString(set.getGuid()));
            ps.setInt(2, position);
            ps.setString(3, set.getLabelSv());
            ps.setString(4, set.getLabelEn());
            ps.setString(5, set.getDefinitionSv());
            ps.setString(6, set.getDefinitionEn());
            ps.executeUpdate();
        }
        saveMembers(c, set, set.getMembers());
    }

    /** Deletes a set; its member rows go with it (ON DELETE CASCADE). */
    static void deleteSet(Connection c, CodeSet set) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM code_set WHERE guid = ?")) {
            ps.setObject(1, UUID.fromString(set.getGuid()));
            ps.executeUpdate();
        }
    }

    static void saveMembers(Connection c, CodeSet set, List<Code> members) throws SQLException {
        UUID guid = UUID.fromString(set.getGuid());
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM code_set_member WHERE set_guid = ?")) {
            delete.setObject(1, guid);
            delete.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO code_set_member (set_guid, code_guid, position) VALUES (?,?,?)")) {
            int position = 0;
            for (Code member : members) {
                ps.setObject(1, guid);
                ps.setObject(2, UUID.fromString(member.getGuid()));
                ps.setInt(3, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertCodes(PreparedStatement ps, Code parent, List<Code> codes, int firstPosition)
            throws SQLException {
        int position = firstPosition;
        for (Code code : codes) {
            ps.setObject(1, UUID.fromString(code.getGuid()));
            ps.setObject(2, parent == null ? null : UUID.fromString(parent.getGuid()));
            ps.setInt(3, position++);
            ps.setString(4, code.getLabelSv());
            ps.setString(5, code.getLabelEn());
            ps.setString(6, code.getDefinitionSv());
            ps.setString(7, code.getDefinitionEn());
            ps.setString(8, code.getColor());
            ps.setBoolean(9, code.isCodable());
            ps.setString(10, code.getSource());
            ps.setString(11, code.getMemo());
            ps.addBatch();
            insertCodes(ps, code, code.getChildren(), 0);
        }
    }

    static Codebook load(Connection c) throws SQLException {
        TillitFactory factory = TillitFactory.eINSTANCE;
        Codebook codebook = factory.createCodebook();
        Map<String, Code> byGuid = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        List<Code> inOrder = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, parent_guid, label_sv, label_en, definition_sv, "
                + "definition_en, color, codable, source, memo FROM code WHERE merged_into IS NULL AND NOT deleted "
                + "ORDER BY position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Code code = factory.createCode();
                code.setGuid(rs.getObject(1, UUID.class).toString());
                UUID parent = rs.getObject(2, UUID.class);
                code.setLabelSv(rs.getString(3));
                code.setLabelEn(rs.getString(4));
                code.setDefinitionSv(rs.getString(5));
                code.setDefinitionEn(rs.getString(6));
                code.setColor(rs.getString(7));
                code.setCodable(rs.getBoolean(8));
                code.setSource(rs.getString(9));
                code.setMemo(rs.getString(10));
                byGuid.put(code.getGuid(), code);
                if (parent != null) {
                    parentOf.put(code.getGuid(), parent.toString());
                }
                inOrder.add(code);
            }
        }
        // Rows come by position within their parent, so appending keeps each parent's order.
        for (Code code : inOrder) {
            String parent = parentOf.get(code.getGuid());
            if (parent == null) {
                codebook.getCodes().add(code);
            } else {
                byGuid.get(parent).getChildren().add(code);
            }
        }
        loadSets(c, codebook, byGuid);
        return codebook;
    }

    private static void loadSets(Connection c, Codebook codebook, Map<String, Code> codes) throws SQLException {
        Map<String, CodeSet> sets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, label_sv, label_en, definition_sv, definition_en "
                + "FROM code_set ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CodeSet set = TillitFactory.eINSTANCE.createCodeSet();
                set.setGuid(rs.getObject(1, UUID.class).toString());
                set.setLabelSv(rs.getString(2));
                set.setLabelEn(rs.getString(3));
                set.setDefinitionSv(rs.getString(4));
                set.setDefinitionEn(rs.getString(5));
                sets.put(set.getGuid(), set);
                codebook.getSets().add(set);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_guid, code_guid FROM code_set_member ORDER BY set_guid, position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sets.get(rs.getObject(1, UUID.class).toString()).getMembers()
                        .add(codes.get(rs.getObject(2, UUID.class).toString()));
            }
        }
    }
}
