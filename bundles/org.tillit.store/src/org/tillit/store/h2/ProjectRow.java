package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The project's own row: its name and date (its memo is a {@link MemoColumn} like every other memo). */
final class ProjectRow {

    private ProjectRow() {
    }

    static void name(Connection c, String name, Instant created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE project SET name = ?, created = ? WHERE id = 1")) {
            ps.setString(1, name);
            ps.setObject(2, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}
