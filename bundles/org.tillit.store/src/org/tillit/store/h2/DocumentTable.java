package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.Document;
import org.tillit.model.TillitFactory;

/** Reads and writes documents, their metadata and their plain text. */
final class DocumentTable {

    private DocumentTable() {
    }

    /** Inserts the document row with its lines, paragraphs and turns. */
    static void insert(Connection c, Document document, String plainText, int position) throws SQLException {
        UUID guid = UUID.fromString(document.getGuid());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (guid, position, name, "
                + "original_file_name, format, sha256, length, imported, memo, plain_text, line_starts, "
                + "paragraph_starts, turn_speakers, turn_starts, turn_ends, turn_stamps) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, guid);
            ps.setInt(2, position);
            ps.setString(3, document.getName());
            ps.setString(4, document.getOriginalFileName());
            ps.setString(5, document.getFormat());
            ps.setString(6, document.getSha256());
            ps.setInt(7, document.getLength());
            ps.setObject(8, OffsetDateTime.ofInstant(document.getImported().toInstant(), ZoneOffset.UTC));
            ps.setString(9, document.getMemo());
            ps.setString(10, plainText);
            ps.setArray(11, c.createArrayOf("INTEGER", document.getLineStarts().toArray()));
            ps.setArray(12, c.createArrayOf("INTEGER", document.getParagraphStarts().toArray()));
            StructureTable.setTurns(c, ps, 13, document);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_metadata (document_guid, name, content) VALUES (?,?,?)")) {
            for (Map.Entry<String, String> entry : document.getMetadata()) {
                ps.setObject(1, guid);
                ps.setString(2, entry.getKey());
                ps.setString(3, entry.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<Document> loadAll(Connection c) throws SQLException {
        List<Document> documents = new ArrayList<>();
        Map<String, Document> byGuid = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, name, original_file_name, format, sha256, "
                + "length, imported, memo FROM document ORDER BY position, guid"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Document d = TillitFactory.eINSTANCE.createDocument();
                d.setGuid(rs.getObject(1, UUID.class).toString());
                d.setName(rs.getString(2));
                d.setOriginalFileName(rs.getString(3));
                d.setFormat(rs.getString(4));
                d.setSha256(rs.getString(5));
                d.setLength(rs.getInt(6));
                d.setImported(Date.from(rs.getObject(7, OffsetDateTime.class).toInstant()));
                d.setMemo(rs.getString(8));
                documents.add(d);
                byGuid.put(d.getGuid(), d);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document_guid, name, content FROM document_metadata");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byGuid.get(rs.getObject(1, UUID.class).toString()).getMetadata().put(rs.getString(2), rs.getString(3));
            }
        }
        return documents;
    }

    /** Deletes the document row; codings, metadata and case links go with it (ON DELETE CASCADE). */
    static void delete(Connection c, Document document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE guid = ?")) {
            ps.setObject(1, UUID.fromString(document.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Writes the position of every document in the list, which is the project's order. */
    /** Writes each document's index in the list as its position, from the index on. */
    static void savePositions(Connection c, List<Document> documents, int from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET position = ? WHERE guid = ?")) {
            for (int position = from; position < documents.size(); position++) {
                ps.setInt(1, position);
                ps.setObject(2, UUID.fromString(documents.get(position).getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes an edited text and its length; the SHA-256 stays that of the original file. */
    static void saveText(Connection c, Document document, String plainText) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET plain_text = ?, length = ? WHERE guid = ?")) {
            ps.setString(1, plainText);
            ps.setInt(2, document.getLength());
            ps.setObject(3, UUID.fromString(document.getGuid()));
            ps.executeUpdate();
        }
    }

    static String text(Connection c, String guid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT plain_text FROM document WHERE guid = ?")) {
            ps.setObject(1, UUID.fromString(guid));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
