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

    /** Writes the document's lines, paragraphs and turns as the model holds them into its row. */
    static void insert(Connection c, Document document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET line_starts = ?, paragraph_starts = ?, "
                + "turn_speakers = ?, turn_starts = ?, turn_ends = ?, turn_stamps = ? WHERE guid = ?")) {
            ps.setArray(1, c.createArrayOf("INTEGER", document.getLineStarts().toArray()));
            ps.setArray(2, c.createArrayOf("INTEGER", document.getParagraphStarts().toArray()));
            setTurns(c, ps, 3, document);
            ps.setObject(7, UUID.fromString(document.getGuid()));
            ps.executeUpdate();
        }
    }

    /**
     * Sets the four turn columns (speakers, starts, ends, time stamps) from parameter {@code first}
     * on: a document's turns are arrays in its row (schema 5), so an edit rewrites one row.
     */
    static void setTurns(Connection c, PreparedStatement ps, int first, Document document) throws SQLException {
        List<Turn> turns = document.getTurns();
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
        ps.setArray(first, c.createArrayOf("VARCHAR", speakers));
        ps.setArray(first + 1, c.createArrayOf("INTEGER", starts));
        ps.setArray(first + 2, c.createArrayOf("INTEGER", ends));
        ps.setArray(first + 3, c.createArrayOf("VARCHAR", timestamps));
    }

    /**
     * Projects from before schema 3: derive and store the structure of every document, as schema
     * 3 kept it (turns as rows of document_turn, which schema 5 moves into the document rows).
     */
    static void backfill(Connection c, List<String> documentGuids) throws SQLException {
        for (String guid : documentGuids) {
            Document document = TillitFactory.eINSTANCE.createDocument();
            document.setGuid(guid);
            derive(document, DocumentTable.text(c, guid));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE document SET line_starts = ?, paragraph_starts = ? WHERE guid = ?")) {
                ps.setArray(1, c.createArrayOf("INTEGER", document.getLineStarts().toArray()));
                ps.setArray(2, c.createArrayOf("INTEGER", document.getParagraphStarts().toArray()));
                ps.setObject(3, UUID.fromString(guid));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_turn (document_guid, position, "
                    + "speaker, start_cp, end_cp, time_stamp) VALUES (?,?,?,?,?,?)")) {
                int position = 0;
                for (Turn turn : document.getTurns()) {
                    ps.setObject(1, UUID.fromString(guid));
                    ps.setInt(2, position++);
                    ps.setString(3, turn.getSpeaker());
                    ps.setInt(4, turn.getStart());
                    ps.setInt(5, turn.getEnd());
                    ps.setString(6, turn.getTimestamp());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    static void loadInto(Connection c, Map<String, Document> documents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, line_starts, paragraph_starts, turn_speakers, "
                + "turn_starts, turn_ends, turn_stamps FROM document"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Document document = documents.get(rs.getObject(1, UUID.class).toString());
                document.getLineStarts().addAll(ints(rs.getArray(2)));
                document.getParagraphStarts().addAll(ints(rs.getArray(3)));
                Object[] speakers = values(rs.getArray(4));
                List<Integer> starts = ints(rs.getArray(5));
                List<Integer> ends = ints(rs.getArray(6));
                Object[] stamps = values(rs.getArray(7));
                for (int i = 0; i < speakers.length; i++) {
                    Turn turn = TillitFactory.eINSTANCE.createTurn();
                    turn.setSpeaker((String) speakers[i]);
                    turn.setStart(starts.get(i));
                    turn.setEnd(ends.get(i));
                    turn.setTimestamp((String) stamps[i]);
                    document.getTurns().add(turn);
                }
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
        List<Integer> ints = new ArrayList<>();
        for (Object value : values(array)) {
            ints.add((Integer) value);
        }
        return ints;
    }

    private static Object[] values(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
