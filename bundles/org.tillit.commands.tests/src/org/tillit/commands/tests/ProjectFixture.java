package org.tillit.commands.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.h2.Driver;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * A fresh project with one interview, its command stack, and a second JDBC connection that reads
 * what the database really holds (the in-process H2 engine shares the open database).
 */
final class ProjectFixture implements AutoCloseable {

    static final String INTERVIEW = "I: Hur är stödet från chefen?\nIP: Vi har tillit men för lite tid.";

    final Path folder;
    final ProjectStore store;
    final ProjectCommandStack stack = new ProjectCommandStack();
    final Document interview;
    private final Connection db;

    ProjectFixture(Path temp) throws Exception {
        this(temp.resolve("project"), createWithInterview(temp));
    }

    private ProjectFixture(Path folder, ProjectStore store) throws SQLException {
        this.folder = folder;
        this.store = store;
        this.interview = store.documents().get(0);
        Properties login = new Properties();
        login.setProperty("user", "tillit");
        login.setProperty("password", "");
        try {
            db = Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit") + ";IFEXISTS=TRUE", login);
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static ProjectStore createWithInterview(Path temp) throws Exception {
        ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"));
        Path file = temp.resolve("intervju.txt");
        Files.writeString(file, INTERVIEW, StandardCharsets.UTF_8);
        store.addDocument(new NewDocument("intervju.txt", file, "text/plain", "d".repeat(64), INTERVIEW, Map.of()));
        return store;
    }

    /** Opens the project made by an earlier fixture again, as Tillit would (no repair of any kind). */
    static ProjectFixture reopen(Path folder) throws Exception {
        return new ProjectFixture(folder, new H2ProjectStoreFactory().openExisting(folder));
    }

    /** A codable TBSL code by its Swedish label. */
    Code code(String labelSv) {
        var all = store.codebook().eAllContents();
        while (all.hasNext()) {
            if (all.next() instanceof Code code && labelSv.equals(code.getLabelSv())) {
                return code;
            }
        }
        throw new AssertionError("no code " + labelSv);
    }

    long count(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row. */
    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    String string(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String guidLiteral(String guid) {
        return "'" + guid + "'";
    }

    @Override
    public void close() throws SQLException, ProjectStoreException {
        db.close();
        store.close();
    }
}
