package org.tillit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.Driver;
import org.tillit.model.Turn;
import org.tillit.model.text.TextLayout;
import org.tillit.model.text.TranscriptTurns;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * Writes a large project fast: H2ProjectStoreFactory creates the empty project (schema, TBSL
 * codebook, attribute definitions), then the rows go in with JDBC batch inserts, as the store
 * itself would have written them one by one.
 */
public final class ProjectGenerator {

    /** The size the project-core issue sets the targets for. */
    record Size(int documents, int characters, int codes, int codings) {
    }

    static final Size ISSUE_SIZE = new Size(1_000, 5_000_000, 500, 200_000);

    /** What generating took, in milliseconds per step. */
    final Map<String, Long> timings = new LinkedHashMap<>();

    private static final int BATCH = 2_000;
    private static final long SEED = 20_240_611L;

    private static final String[][] THEMES = {
        { "Arbetsbelastning", "Workload" }, { "Arbetsmiljö", "Work environment" },
        { "Kompetensutveckling", "Professional development" }, { "Introduktion", "Onboarding" },
        { "Digitalisering", "Digitalisation" }, { "Dokumentation", "Documentation" },
        { "Schemaläggning", "Scheduling" }, { "Brukarmöten", "Meetings with service users" },
        { "Anhörigkontakter", "Contact with relatives" }, { "Kollegialt lärande", "Collegial learning" },
        { "Beslutsvägar", "Decision paths" }, { "Budget och ekonomi", "Budget and finances" },
        { "Kvalitetsuppföljning", "Quality follow-up" }, { "Samverkan med regionen", "Cooperation with the region" },
        { "Politisk styrning", "Political governance" }, { "Chefens närvaro", "The manager's presence" },
        { "Förändringsarbete", "Change work" }, { "Värdegrund", "Core values" },
        { "Rekrytering", "Recruitment" }, { "Sjukfrånvaro", "Sick leave" },
        { "Lönebildning", "Pay setting" }, { "Fackligt samarbete", "Union cooperation" },
        { "Medborgardialog", "Citizen dialogue" }, { "Avvikelsehantering", "Incident reporting" },
    };

    private static final String[][] FACETS = {
        { "upplevelse", "experience" }, { "hinder", "obstacle" }, { "möjlighet", "opportunity" },
        { "konkret exempel", "concrete example" }, { "konflikt", "conflict" }, { "förändring över tid", "change over time" },
        { "förväntningar", "expectations" }, { "chefens perspektiv", "manager's perspective" },
        { "medarbetarens perspektiv", "employee's perspective" }, { "resurser", "resources" },
        { "kontroll", "control" }, { "tillit", "trust" }, { "handlingsutrymme", "discretion" },
        { "stöd", "support" }, { "kommunikation", "communication" }, { "ansvar", "responsibility" },
        { "förslag", "suggestion" },
    };

    private static final String[] ROLES = { "Chef/enhetschef", "Medarbetare", "Medarbetare", "Politiker",
        "Tjänsteperson/förvaltning" };
    private static final String[] ORGANISATIONS = { "Kommun", "Kommun", "Region", "Myndighet" };
    private static final String[] SECTORS = { "Hemtjänst", "Äldreomsorg/särskilt boende", "Skola",
        "Individ- och familjeomsorg (IFO)", "LSS/funktionsstöd", "Arbetsförmedling", "Hälso- och sjukvård", "Annan" };

    private final Random random = new Random(SEED);
    private final InterviewText text = new InterviewText(random);
    private final OffsetDateTime epoch = OffsetDateTime.of(2024, 1, 8, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Creates the project in the (missing or empty) folder with the given size. */
    void generate(Path folder, Size size) throws IOException, SQLException, ProjectStoreException {
        long t = System.nanoTime();
        deleteRecursively(folder);
        new H2ProjectStoreFactory().open(folder).close();
        t = lap("create empty project (factory)", t);

        Properties login = new Properties();
        login.setProperty("user", "tillit");
        login.setProperty("password", "");
        try (Connection db = Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit") + ";IFEXISTS=TRUE",
                login)) {
            db.setAutoCommit(false);
            List<UUID> coders = insertCoders(db);
            List<UUID> codable = insertCodes(db, size.codes());
            db.commit();
            t = lap("codes and coders", t);
            List<UUID> documents = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            insertDocuments(db, folder, size, documents, lengths);
            db.commit();
            t = lap("documents, originals, cases, attributes", t);
            insertCodings(db, size.codings(), documents, lengths, codable, coders);
            db.commit();
            lap("codings", t);
        }
    }

    private long lap(String step, long since) {
        long now = System.nanoTime();
        timings.put(step, (now - since) / 1_000_000);
        return now;
    }

    private static List<UUID> insertCoders(Connection db) throws SQLException {
        List<UUID> coders = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO coder (guid, name) VALUES (?, ?)")) {
            // The first coder is the one this Tillit works as, so ApplyCodeCommand finds it.
            for (String name : List.of(System.getProperty("user.name", "coder"), "forskare2", "forskare3")) {
                UUID guid = UUID.randomUUID();
                ps.setObject(1, guid);
                ps.setString(2, name);
                ps.addBatch();
                coders.add(guid);
            }
            ps.executeBatch();
        }
        return coders;
    }

    /** Adds groups of generated codes after the TBSL codes; returns every codable code. */
    private List<UUID> insertCodes(Connection db, int total) throws SQLException {
        List<UUID> codable = new ArrayList<>();
        int existing;
        int topLevel;
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT guid FROM code WHERE codable ORDER BY guid")) {
                while (rs.next()) {
                    codable.add(rs.getObject(1, UUID.class));
                }
            }
            existing = count(st, "SELECT COUNT(*) FROM code");
            topLevel = count(st, "SELECT COUNT(*) FROM code WHERE parent_guid IS NULL");
        }
        int toAdd = total - existing;
        int perGroup = FACETS.length;
        int groups = (toAdd + perGroup) / (perGroup + 1);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO code (guid, parent_guid, position, label_sv, "
                + "label_en, definition_sv, definition_en, color, codable, source, memo) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int added = 0;
            for (int g = 0; g < groups && added < toAdd; g++) {
                String[] theme = THEMES[g % THEMES.length];
                String suffix = g < THEMES.length ? "" : " " + (g / THEMES.length + 1);
                UUID group = UUID.randomUUID();
                addCode(ps, group, null, topLevel + g, theme[0] + suffix, theme[1] + suffix,
                        "Grupp för " + theme[0].toLowerCase() + ".", "Group for " + theme[1].toLowerCase() + ".", false);
                added++;
                for (int f = 0; f < perGroup && added < toAdd; f++) {
                    UUID child = UUID.randomUUID();
                    addCode(ps, child, group, f, theme[0] + suffix + ": " + FACETS[f][0],
                            theme[1] + suffix + ": " + FACETS[f][1],
                            "Uttalanden om " + FACETS[f][0] + " när det gäller " + theme[0].toLowerCase() + ".",
                            "Statements about " + FACETS[f][1] + " regarding " + theme[1].toLowerCase() + ".", true);
                    codable.add(child);
                    added++;
                }
            }
            ps.executeBatch();
        }
        return codable;
    }

    private void addCode(PreparedStatement ps, UUID guid, UUID parent, int position, String labelSv, String labelEn,
            String definitionSv, String definitionEn, boolean codable) throws SQLException {
        ps.setObject(1, guid);
        ps.setObject(2, parent);
        ps.setInt(3, position);
        ps.setString(4, labelSv);
        ps.setString(5, labelEn);
        ps.setString(6, definitionSv);
        ps.setString(7, definitionEn);
        ps.setString(8, String.format("#%02X%02X%02X", 150 + random.nextInt(100), 150 + random.nextInt(100),
                150 + random.nextInt(100)));
        ps.setBoolean(9, codable);
        ps.setString(10, "Genererad för prestandamätning");
        ps.setString(11, null);
        ps.addBatch();
    }

    private void insertDocuments(Connection db, Path folder, Size size, List<UUID> guids, List<Integer> lengths)
            throws SQLException, IOException {
        // Lengths vary by up to ±40 % in pairs that sum to twice the mean: the total is exact.
        int mean = size.characters() / size.documents();
        for (int i = 0; i < size.documents(); i += 2) {
            int delta = random.nextInt(2 * mean * 2 / 5 + 1) - mean * 2 / 5;
            lengths.add(mean + delta);
            if (i + 1 < size.documents()) {
                lengths.add(mean - delta);
            }
        }
        lengths.set(0, lengths.get(0) + size.characters() - lengths.stream().mapToInt(Integer::intValue).sum());
        Map<String, UUID> definitions = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT name_sv, guid FROM attribute_definition")) {
            while (rs.next()) {
                definitions.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
        Path originals = Files.createDirectories(folder.resolve("originals"));
        try (PreparedStatement doc = db.prepareStatement("INSERT INTO document (guid, position, name, "
                + "original_file_name, format, sha256, length, imported, memo, plain_text, line_starts, paragraph_starts, "
                + "turn_speakers, turn_starts, turn_ends, turn_stamps) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement aCase = db.prepareStatement(
                        "INSERT INTO project_case (guid, position, name, memo) VALUES (?,?,?,?)");
                PreparedStatement link = db.prepareStatement(
                        "INSERT INTO case_document (case_guid, document_guid) VALUES (?,?)");
                PreparedStatement value = db.prepareStatement(
                        "INSERT INTO attribute_value (owner_guid, definition_guid, content) VALUES (?,?,?)")) {
            for (int i = 0; i < size.documents(); i++) {
                String role = ROLES[random.nextInt(ROLES.length)];
                String shortRole = role.startsWith("Chef") ? "chef" : role.split("/")[0].toLowerCase();
                String name = String.format("Intervju %04d %s.txt", i + 1, shortRole);
                String plain = text.transcript(i + 1, shortRole, lengths.get(i));
                String sha256 = sha256(plain);
                Files.writeString(originals.resolve(sha256 + ".txt"), plain, StandardCharsets.UTF_8);
                UUID guid = UUID.randomUUID();
                guids.add(guid);
                doc.setObject(1, guid);
                doc.setInt(2, i);
                doc.setString(3, name);
                doc.setString(4, "/home/forskare/Intervjuer/" + name);
                doc.setString(5, "text/plain");
                doc.setString(6, sha256);
                doc.setInt(7, plain.codePointCount(0, plain.length()));
                doc.setObject(8, epoch.plusMinutes(i * 7L));
                doc.setString(9, i % 50 == 0 ? "Transkriberad av extern byrå; kontrollera namn." : null);
                doc.setString(10, plain);
                // Lines, paragraphs and turns as an import derives them, for retrieval with turn context.
                doc.setArray(11, db.createArrayOf("INTEGER", TextLayout.lineStarts(plain).toArray()));
                doc.setArray(12, db.createArrayOf("INTEGER", TextLayout.paragraphStarts(plain).toArray()));
                addTurns(db, doc, plain);
                doc.addBatch();
                UUID caseGuid = UUID.randomUUID();
                aCase.setObject(1, caseGuid);
                aCase.setInt(2, i);
                aCase.setString(3, name.substring(0, name.length() - 4));
                aCase.setString(4, null);
                aCase.addBatch();
                link.setObject(1, caseGuid);
                link.setObject(2, guid);
                link.addBatch();
                addValue(value, guid, definitions.get("Roll"), role);
                addValue(value, guid, definitions.get("Organisation"), ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
                addValue(value, guid, definitions.get("Sektor"), SECTORS[random.nextInt(SECTORS.length)]);
                addValue(value, guid, definitions.get("Intervjudatum"), epoch.toLocalDate().plusDays(i / 5).toString());
                if ((i + 1) % 100 == 0) {
                    doc.executeBatch();
                    aCase.executeBatch();
                    link.executeBatch();
                    value.executeBatch();
                }
            }
            doc.executeBatch();
            aCase.executeBatch();
            link.executeBatch();
            value.executeBatch();
        }
    }

    /** A document's speaker turns go into its own row as arrays (schema 5), as its line starts do. */
    private static void addTurns(Connection db, PreparedStatement doc, String text) throws SQLException {
        List<Turn> found = TranscriptTurns.find(text);
        doc.setArray(13, db.createArrayOf("VARCHAR", found.stream().map(Turn::getSpeaker).toArray()));
        doc.setArray(14, db.createArrayOf("INTEGER", found.stream().map(Turn::getStart).toArray()));
        doc.setArray(15, db.createArrayOf("INTEGER", found.stream().map(Turn::getEnd).toArray()));
        doc.setArray(16, db.createArrayOf("VARCHAR", found.stream().map(Turn::getTimestamp).toArray()));
    }

    private static void addValue(PreparedStatement ps, UUID owner, UUID definition, String content) throws SQLException {
        if (definition == null) {
            return;
        }
        ps.setObject(1, owner);
        ps.setObject(2, definition);
        ps.setString(3, content);
        ps.addBatch();
    }

    /**
     * Spreads codings evenly over documents and over codes by Zipf's law (exponent 1), so a few
     * codes carry many codings, as in real projects; ranges are 40–800 code points inside the text.
     * The third code is weighted like the second, so two codes carry about 15,000 of 200,000
     * codings: the benchmark merges one and deletes the other.
     */
    private void insertCodings(Connection db, int total, List<UUID> documents, List<Integer> lengths,
            List<UUID> codable, List<UUID> coders) throws SQLException {
        // In the order they were made (not by their random guids), so every run ranks the same codes.
        List<UUID> codes = new ArrayList<>(codable);
        Collections.shuffle(codes, random);
        double[] cumulative = new double[codes.size()];
        double sum = 0;
        for (int rank = 0; rank < codes.size(); rank++) {
            sum += weight(rank);
            cumulative[rank] = sum;
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO coding (guid, document_guid, code_guid, start_cp, "
                + "end_cp, coder_guid, created, memo) VALUES (?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < total; i++) {
                int d = random.nextInt(documents.size());
                int length = lengths.get(d);
                double u = random.nextDouble() * sum;
                int rank = java.util.Arrays.binarySearch(cumulative, u);
                rank = rank >= 0 ? rank : -rank - 1;
                int span = Math.min(length, 40 + (int) (Math.pow(random.nextDouble(), 2) * 760));
                int start = random.nextInt(length - span + 1);
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, documents.get(d));
                ps.setObject(3, codes.get(Math.min(rank, codes.size() - 1)));
                ps.setInt(4, start);
                ps.setInt(5, start + span);
                ps.setObject(6, coders.get(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(coders.size() - 1)));
                ps.setObject(7, epoch.plusSeconds(random.nextInt(365 * 24 * 3600)));
                ps.setString(8, i % 100 == 0 ? "Intressant formulering, jämför med chefernas svar." : null);
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Zipf's 1/rank (ranks from 0), except that the third code weighs as much as the second. */
    private static double weight(int rank) {
        return 1.0 / (rank == 2 ? 2 : rank + 1);
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
