package org.tillit.store;

/**
 * Who is coding: the name under which this user's codings are recorded. The workbench takes it
 * from the preferences; by default it is the operating-system user.
 */
public record CoderIdentity(String name) {

    public CoderIdentity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
        name = name.strip();
    }

    /** The operating-system user, as a default when nobody chose a name. */
    public static CoderIdentity ofSystemUser() {
        String user = System.getProperty("user.name");
        return new CoderIdentity(user == null || user.isBlank() ? "coder" : user);
    }

    /** The chosen name, or the operating-system user when none was chosen. */
    public static CoderIdentity chosenOrSystem(String chosen) {
        return chosen == null || chosen.isBlank() ? ofSystemUser() : new CoderIdentity(chosen);
    }
}
