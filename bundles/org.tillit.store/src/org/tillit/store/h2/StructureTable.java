package org.tillit.store.h2;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.Turn;
import org.tillit.model.text.TextLayout;
import org.tillit.model.text.TranscriptTurns;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;

/** A document's lines, paragraphs and speaker turns: derived from its text once, then stored. */
final class StructureTable {

    /** H2 holds at most this many elements in an ARRAY column. */
    private static final int MAX_ARRAY_ELEMENTS = 65_536;

    private StructureTable() {
    }

    /** Refuses, with words a researcher can act on, a document with more lines than a column holds. */
    static void checkFits(Document document) throws ProjectStoreException {
        int lines = document.getLineStarts().size();
        if (lines > MAX_ARRAY_ELEMENTS || document.getParagraphStarts().size() > MAX_ARRAY_ELEMENTS) {
            throw new ProjectStoreException(NLS.bind(Messages.TooManyLines, new Object[] { document.getName(), lines, MAX_ARRAY_ELEMENTS }));
        }
    }

    /** Fills the document's structure from its text (in the model only). */
    static void derive(Document document, String text) {
        document.getLineStarts().clear();
        document.getLineStarts().addAll(TextLayout.lineStarts(text));
        document.getParagraphStarts().clear();
        document.getParagraphStarts().addAll(TextLayout.paragraphStarts(text));
        document.getTurns().clear();
        document.getTurns().addAll(TranscriptTurns.find(text));
    }

    /** Writes the structure of a document row that has none yet (projects from before schema 3). */
    static void insert(Connection c, Document document) throws SQLException {
        UUID guid = UUID.fromString(document.getGuid());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE document SET line_starts = ?, paragraph_starts = ? WHERE guid = ?")) {
            ps.setArray(1, c.createArrayOf("INTEGER", document.getLineStarts().toArray()));
            ps.setArray(2, c.createArrayOf("INTEGER", document.getParagraphStarts().toArray()));
            ps.setObject(3, guid);
            ps.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM document_turn WHERE document_guid = ?")) {
            delete.setObject(1, guid);
            delete.executeUpdate();
        }
        insertTurns(c, document);
    }

    /**
     * The turns of a document just inserted with DocumentTable, all in one statement: as a batch,
     * each turn was a statement of its own, and H2 does work at the end of every statement while
     * the document's new text is pending in its LOB store.
     */
    static void insertTurns(Connection c, Document document) throws SQLException {
        List<Turn> turns = document.getTurns();
        if (turns.isEmpty()) {
            return;
        }
        int n = turns.size();
        Object[] speakers = new Object[n];
        Object[] starts = new Object[n];
        Object[] ends = new Object[n];
        Object[] timestamps = new Object[n];
        for (int i = 0; i < n; i++) {
            Turn turn = turns.get(i);
            speakers[i] = turn.getSpeaker();
            starts[i] = turn.getStart();
            ends[i] = turn.getEnd();
            timestamps[i] = turn.getTimestamp();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_turn (document_guid, position, speaker, "
                + "start_cp, end_cp, time_stamp) SELECT ?, NORD - 1, C1, C2, C3, C4 "
                + "FROM UNNEST(?, ?, ?, ?) WITH ORDINALITY")) {
            ps.setObject(1, UUID.fromString(document.getGuid()));
            ps.setArray(2, c.createArrayOf("VARCHAR", speakers));
            ps.setArray(3, c.createArrayOf("INTEGER", starts));
            ps.setArray(4, c.createArrayOf("INTEGER", ends));
            ps.setArray(5, c.createArrayOf("VARCHAR", timestamps));
            ps.executeUpdate();
        }
    }

    /** Projects from before schema 3: derive and store the structure of every document. */
    static void backfill(Connection c, List<String> documentGuids) throws SQLException {
        for (String guid : documentGuids) {
            Document document = TillitFactory.eINSTANCE.createDocument();
            document.setGuid(guid);
            derive(document, DocumentTable.text(c, guid));
            insert(c, document);
        }
    }

    static void loadInto(Connection c, Map<String, Document> documents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, line_starts, paragraph_starts FROM document");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Document document = documents.get(rs.getObject(1, UUID.class).toString());
                document.getLineStarts().addAll(ints(rs.getArray(2)));
                document.getParagraphStarts().addAll(ints(rs.getArray(3)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document_guid, speaker, start_cp, end_cp, time_stamp "
                + "FROM document_turn ORDER BY document_guid, position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Turn turn = TillitFactory.eINSTANCE.createTurn();
                turn.setSpeaker(rs.getString(2));
                turn.setStart(rs.getInt(3));
                turn.setEnd(rs.getInt(4));
                turn.setTimestamp(rs.getString(5));
                documents.get(rs.getObject(1, UUID.class).toString()).getTurns().add(turn);
            }
        }
    }

    static List<String> allDocumentGuids(Connection c) throws SQLException {
        List<String> guids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM document"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                guids.add(rs.getObject(1, UUID.class).toString());
            }
        }
        return guids;
    }

    private static List<Integer> ints(Array array) throws SQLException {
        List<Integer> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add((Integer) value);
            }
        }
        return values;
    }
}
