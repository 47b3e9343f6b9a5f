package org.tillit.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.Project;

/** The memo column of whatever a memo is written on. */
final class MemoColumn {

    private MemoColumn() {
    }

    static void save(Connection c, EObject owner, String memo) throws SQLException {
        if (owner instanceof Project) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE project SET memo = ? WHERE id = 1")) {
                ps.setString(1, memo);
                ps.executeUpdate();
            }
            return;
        }
        String table = tableOf(owner);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET memo = ? WHERE guid = ?")) {
            ps.setString(1, memo);
            ps.setObject(2, UUID.fromString(((Identified) owner).getGuid()));
            ps.executeUpdate();
        }
    }

    private static String tableOf(EObject owner) {
        if (owner instanceof Document) {
            return "document";
        }
        if (owner instanceof Code) {
            return "code";
        }
        if (owner instanceof Coding) {
            return "coding";
        }
        if (owner instanceof Case) {
            return "project_case";
        }
        throw new IllegalArgumentException("memos are written on the project, documents, cases, codes and codings, not on "
                + owner.eClass().getName());
    }
}
