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
            + "coder_guid, created, memo) VALUES (?,?,?,?,?,?,?,?)";

    static void insert(Connection c, Coding coding, Document document) throws SQLException {
        insertAll(c, List.of(new PlacedCoding(coding, document)));
    }

    /** Inserts the codings as one JDBC batch. */
    static void insertAll(Connection c, List<PlacedCoding> codings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (PlacedCoding placed : codings) {
                Coding coding = placed.coding();
                ps.setObject(1, uuid(coding.getGuid()));
                ps.setObject(2, uuid(placed.document().getGuid()));
                ps.setObject(3, uuid(coding.getCode().getGuid()));
                ps.setInt(4, coding.getStart());
                ps.setInt(5, coding.getEnd());
                ps.setObject(6, coding.getCoder() == null ? null : uuid(coding.getCoder().getGuid()));
                ps.setObject(7, OffsetDateTime.ofInstant(coding.getCreated().toInstant(), ZoneOffset.UTC));
                ps.setString(8, coding.getMemo());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void saveRange(Connection c, Coding coding) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE coding SET start_cp = ?, end_cp = ? WHERE guid = ?")) {
            ps.setInt(1, coding.getStart());
            ps.setInt(2, coding.getEnd());
            ps.setObject(3, uuid(coding.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Saves the ranges of the codings, as one JDBC batch. */
    static void saveRanges(Connection c, Collection<Coding> codings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE coding SET start_cp = ?, end_cp = ? WHERE guid = ?")) {
            for (Coding coding : codings) {
                ps.setInt(1, coding.getStart());
                ps.setInt(2, coding.getEnd());
                ps.setObject(3, uuid(coding.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Moves every coding of the document that starts at or after the position, in one statement. */
    static void shift(Connection c, Document document, int from, int delta) throws SQLException {
        if (delta == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE coding SET start_cp = start_cp + ?, "
                + "end_cp = end_cp + ? WHERE document_guid = ? AND start_cp >= ?")) {
            ps.setInt(1, delta);
            ps.setInt(2, delta);
            ps.setObject(3, uuid(document.getGuid()));
            ps.setInt(4, from);
            ps.executeUpdate();
        }
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
        lazyQueryExecution(c, true);
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, document_guid, code_guid, start_cp, end_cp, "
                + "coder_guid, created, memo FROM coding");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Coding coding = TillitFactory.eINSTANCE.createCoding();
                coding.setGuid(rs.getObject(1, UUID.class).toString());
                coding.setCode(codes.get(rs.getObject(3, UUID.class).toString()));
                coding.setStart(rs.getInt(4));
                coding.setEnd(rs.getInt(5));
                UUID coder = rs.getObject(6, UUID.class);
                coding.setCoder(coder == null ? null : coders.get(coder.toString()));
                coding.setCreated(Date.from(rs.getObject(7, OffsetDateTime.class).toInstant()));
                coding.setMemo(rs.getString(8));
                byDocument.computeIfAbsent(documents.get(rs.getObject(2, UUID.class).toString()),
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
