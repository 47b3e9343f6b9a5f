package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 never overwrites pages in place: a change that touches many rows (merging a code with
 * 15,000 codings, or undoing it) writes new copies of most of the coding table, and the file grows
 * by tens of megabytes each time. Closing normally compacts for at most 200 ms. When most of the
 * file is dead space, {@code SHUTDOWN COMPACT} rewrites the live data (about 1.5 s for 200,000
 * codings; a 2.8 GB file went back to 30 MB). H2 tells how much is dead only once the versions
 * that used it are gone, which is reliably so when the project is opened: the check runs there,
 * and again at closing.
 */
public final class FileCompaction {

    /** Below this the dead space is not worth a slower close. */
    static final long MIN_FILE_SIZE = 64L * 1024 * 1024;
    /** Compact when less than this share of the file (percent) is live data. */
    static final int MAX_FILL_RATE = 50;

    private FileCompaction() {
    }

    public static boolean worthIt(long fileSize, int fillRate) {
        return fileSize >= MIN_FILE_SIZE && fillRate < MAX_FILL_RATE;
    }

    /** Closes the database, compacting its file first when it is mostly dead space. */
    static void close(Connection connection) throws SQLException {
        compactIfWorthIt(connection);
        connection.close();
    }

    /**
     * Compacts the file when it is mostly dead space; the database is closed afterwards.
     *
     * @return whether it compacted (and so closed the database)
     */
    static boolean compactIfWorthIt(Connection connection) throws SQLException {
        if (!worthIt(info(connection, "info.FILE_SIZE"), (int) info(connection, "info.FILL_RATE"))) {
            return false;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        return true;
    }

    private static long info(Connection connection, String name) throws SQLException {
        try (var ps = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1).replace("%", "").strip()) : 0;
            }
        }
    }
}
