package org.tillit.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.Driver;

/**
 * A project folder's database opened directly, as the store's own user: for tests that write a
 * project as an older or newer Tillit did, or read what the store left in it.
 */
final class ProjectDatabase {

    private ProjectDatabase() {
    }

    /** Creates the database if the folder has none (an old project being written). */
    static Connection open(Path folder) throws SQLException {
        return Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit"), credentials());
    }

    /** The database the folder has; never a new one. */
    static Connection existing(Path folder) throws SQLException {
        return Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit") + ";IFEXISTS=TRUE", credentials());
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "tillit");
        p.setProperty("password", "");
        return p;
    }
}
