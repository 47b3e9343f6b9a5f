package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.CodingOrder;
import org.tillit.store.PlacedCoding;

/** Codings (a code on a range of code points in a document) and the coders who made them. */
final class CodingTable {

    private CodingTable() {
    }

    private static final String INSERT = "INSERT INTO coding (guid, document_guid, code_guid, start_cp, end_cp, "
            + "coder_guid, created, memo, edit_seq) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final String SAVE_RANGE = "UPDATE coding SET start_cp = ?, end_cp = ?, "
            + "edit_seq = (SELECT d.edit_seq FROM document d WHERE d.guid = coding.document_guid) WHERE guid = ?";

    static void insert(Connection c, Coding coding, Document document) throws SQLException {
        insertAll(c, List.of(new PlacedCoding(coding, document)));
    }

    /**
     * Inserts the codings as one JDBC batch, in key order: H2 then appends to its primary-key B-tree
     * instead of touching a random page for each random GUID (half the time of an import of
     * 200,000 codings). A range written now is as of its document's current edit number (see
     * {@link #shift}), read once per document.
     */
    static void insertAll(Connection c, List<PlacedCoding> codings) throws SQLException {
        Map<Document, Integer> editSeqs = editSeqsOf(c, codings);
        List<Map.Entry<UUID, PlacedCoding>> inKeyOrder = new ArrayList<>(codings.size());
        for (PlacedCoding placed : codings) {
            inKeyOrder.add(Map.entry(uuid(placed.coding().getGuid()), placed));
        }
        inKeyOrder.sort(Map.Entry.comparingByKey(CodingTable::compareAsH2));
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Map.Entry<UUID, PlacedCoding> entry : inKeyOrder) {
                PlacedCoding placed = entry.getValue();
                Coding coding = placed.coding();
                ps.setObject(1, entry.getKey());
                ps.setObject(2, uuid(placed.document().getGuid()));
                ps.setObject(3, uuid(coding.getCode().getGuid()));
                ps.setInt(4, coding.getStart());
                ps.setInt(5, coding.getEnd());
                ps.setObject(6, coding.getCoder() == null ? null : uuid(coding.getCoder().getGuid()));
                ps.setObject(7, OffsetDateTime.ofInstant(coding.getCreated().toInstant(), ZoneOffset.UTC));
                ps.setString(8, coding.getMemo());
                ps.setInt(9, editSeqs.get(placed.document()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The current edit number of each document the codings are in (0 for one not stored yet). */
    private static Map<Document, Integer> editSeqsOf(Connection c, List<PlacedCoding> codings) throws SQLException {
        Map<Document, Integer> editSeqs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT edit_seq FROM document WHERE guid = ?")) {
            for (PlacedCoding placed : codings) {
                if (!editSeqs.containsKey(placed.document())) {
                    ps.setObject(1, uuid(placed.document().getGuid()));
                    try (ResultSet rs = ps.executeQuery()) {
                        editSeqs.put(placed.document(), rs.next() ? rs.getInt(1) : 0);
                    }
                }
            }
        }
        return editSeqs;
    }

    /** H2 orders UUIDs as two unsigned longs; {@link UUID#compareTo} compares them signed. */
    private static int compareAsH2(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static void saveRange(Connection c, Coding coding) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE_RANGE)) {
            ps.setInt(1, coding.getStart());
            ps.setInt(2, coding.getEnd());
            ps.setObject(3, uuid(coding.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Saves the ranges of the codings, as one JDBC batch. */
    static void saveRanges(Connection c, Collection<Coding> codings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE_RANGE)) {
            for (Coding coding : codings) {
                ps.setInt(1, coding.getStart());
                ps.setInt(2, coding.getEnd());
                ps.setObject(3, uuid(coding.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Moves every coding of the document that starts at or after the position by delta, with one
     * row whatever their number: the document's edit number goes up and the move is recorded as an
     * entry of that number, which applies to every coding row written before it. Row by row, an
     * edit near the start of a long coded transcript took hundreds of milliseconds.
     */
    static void shift(Connection c, Document document, int from, int delta) throws SQLException {
        UUID guid = uuid(document.getGuid());
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET edit_seq = edit_seq + 1 WHERE guid = ?")) {
            ps.setObject(1, guid);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_edit (document_guid, seq, from_cp, delta) "
                + "SELECT guid, edit_seq, ?, ? FROM document WHERE guid = ?")) {
            ps.setInt(1, from);
            ps.setInt(2, delta);
            ps.setObject(3, guid);
            ps.executeUpdate();
        }
    }

    /** The recorded moves of each document with any, in order. */
    private static Map<UUID, List<int[]>> edits(Connection c) throws SQLException {
        Map<UUID, List<int[]>> edits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_guid, seq, from_cp, delta FROM document_edit "
                + "ORDER BY document_guid, seq"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                edits.computeIfAbsent(rs.getObject(1, UUID.class), d -> new ArrayList<>())
                        .add(new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) });
            }
        }
        return edits;
    }

    /** A row's range (start, end) brought up to date by the moves recorded after it was written. */
    private static int[] upToDate(int start, int end, int rowSeq, List<int[]> edits) {
        int s = start;
        int e = end;
        if (edits != null) {
            for (int[] edit : edits) {
                if (edit[0] > rowSeq && s >= edit[1]) {
                    s += edit[2];
                    e += edit[2];
                }
            }
        }
        return new int[] { s, e };
    }

    /**
     * Writes the recorded moves into the coding rows and forgets them (when the project is opened
     * for work, so the table stays short and the rows say where the codings are).
     */
    static void catchUpEdits(Connection c) throws SQLException {
        Map<UUID, List<int[]>> edits = edits(c);
        for (Map.Entry<UUID, List<int[]>> document : edits.entrySet()) {
            try (PreparedStatement read = c.prepareStatement("SELECT guid, start_cp, end_cp, edit_seq FROM coding "
                    + "WHERE document_guid = ?");
                    PreparedStatement write = c.prepareStatement("UPDATE coding SET start_cp = ?, end_cp = ?, "
                            + "edit_seq = 0 WHERE guid = ?")) {
                read.setObject(1, document.getKey());
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        int[] range = upToDate(rs.getInt(2), rs.getInt(3), rs.getInt(4), document.getValue());
                        write.setInt(1, range[0]);
                        write.setInt(2, range[1]);
                        write.setObject(3, rs.getObject(1, UUID.class));
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_edit WHERE document_guid = ?");
                    PreparedStatement reset = c.prepareStatement("UPDATE document SET edit_seq = 0 WHERE guid = ?")) {
                ps.setObject(1, document.getKey());
                ps.executeUpdate();
                reset.setObject(1, document.getKey());
                reset.executeUpdate();
            }
        }
        c.commit();
    }

    /** Gives the codings the code, as one JDBC batch. */
    static void recode(Connection c, Collection<Coding> codings, Code code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE coding SET code_guid = ? WHERE guid = ?")) {
            UUID codeGuid = uuid(code.getGuid());
            for (Coding coding : codings) {
                ps.setObject(1, codeGuid);
                ps.setObject(2, uuid(coding.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the codings as one JDBC batch. */
    static void deleteAll(Connection c, Collection<Coding> codings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coding WHERE guid = ?")) {
            for (Coding coding : codings) {
                ps.setObject(1, uuid(coding.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertCoder(Connection c, Coder coder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coder (guid, name) VALUES (?, ?)")) {
            ps.setObject(1, uuid(coder.getGuid()));
            ps.setString(2, coder.getName());
            ps.executeUpdate();
        }
    }

    static void deleteCoder(Connection c, Coder coder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coder WHERE guid = ?")) {
            ps.setObject(1, uuid(coder.getGuid()));
            ps.executeUpdate();
        }
    }

    static void loadCoders(Connection c, Map<String, Coder> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, name FROM coder ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Coder coder = TillitFactory.eINSTANCE.createCoder();
                coder.setGuid(rs.getObject(1, UUID.class).toString());
                coder.setName(rs.getString(2));
                into.put(coder.getGuid(), coder);
            }
        }
    }

    /** Loads every coding into its document, in position order (start, end, then guid). */
    static void loadInto(Connection c, Map<String, Document> documents, Map<String, Code> codes,
            Map<String, Coder> coders) throws SQLException {
        // A large project has 100,000 codings or more. H2 copies a result of more than
        // MAX_MEMORY_ROWS rows (40,000 per GB of heap) into a temporary file before the first row
        // is read, and sorting it by document would also fetch each row through a secondary index.
        // So the rows are streamed unsorted from a plain scan (lazy execution, for this query only)
        // and sorted per document here.
        Map<Document, List<Coding>> byDocument = new HashMap<>();
        Map<UUID, List<int[]>> edits = edits(c);
        lazyQueryExecution(c, true);
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, document_guid, code_guid, start_cp, end_cp, "
                + "coder_guid, created, memo, edit_seq FROM coding");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Code code = codes.get(rs.getObject(3, UUID.class).toString());
                if (code == null) {
                    continue; // of a code deleted with its codings, kept for undo until the project is opened for work
                }
                Coding coding = TillitFactory.eINSTANCE.createCoding();
                coding.setGuid(rs.getObject(1, UUID.class).toString());
                coding.setCode(code);
                UUID document = rs.getObject(2, UUID.class);
                int[] range = upToDate(rs.getInt(4), rs.getInt(5), rs.getInt(9), edits.get(document));
                coding.setStart(range[0]);
                coding.setEnd(range[1]);
                UUID coder = rs.getObject(6, UUID.class);
                coding.setCoder(coder == null ? null : coders.get(coder.toString()));
                coding.setCreated(Date.from(rs.getObject(7, OffsetDateTime.class).toInstant()));
                coding.setMemo(rs.getString(8));
                byDocument.computeIfAbsent(documents.get(document.toString()),
                        d -> new ArrayList<>()).add(coding);
            }
        } finally {
            lazyQueryExecution(c, false);
        }
        byDocument.forEach((document, codings) -> {
            codings.sort(CodingOrder.IN_TEXT);
            document.getCodings().addAll(codings);
        });
    }

    private static void lazyQueryExecution(Connection c, boolean lazy) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }

    private static UUID uuid(String guid) {
        return UUID.fromString(guid);
    }
}
