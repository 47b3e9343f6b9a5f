package org.tillit.store.h2;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.store.live.ModelAttributes;

/** Cases, the documents they hold, attribute definitions and the values on cases and documents. */
final class CaseTable {

    private CaseTable() {
    }

    static void insertCase(Connection c, Case aCase, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO project_case (guid, position, name, memo) VALUES (?,?,?,?)")) {
            ps.setObject(1, UUID.fromString(aCase.getGuid()));
            ps.setInt(2, position);
            ps.setString(3, aCase.getName());
            ps.setString(4, aCase.getMemo());
            ps.executeUpdate();
        }
    }

    /** After every case there is (positions may have gaps where cases were removed). */
    static int nextCasePosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM project_case");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Deletes a case; its links to documents go with it (ON DELETE CASCADE). */
    static void deleteCase(Connection c, Case aCase) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM project_case WHERE guid = ?")) {
            ps.setObject(1, UUID.fromString(aCase.getGuid()));
            ps.executeUpdate();
        }
    }

    static void unlinkAll(Connection c, Case aCase) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_document WHERE case_guid = ?")) {
            ps.setObject(1, UUID.fromString(aCase.getGuid()));
            ps.executeUpdate();
        }
    }

    static void link(Connection c, Case aCase, Document document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_document (case_guid, document_guid) VALUES (?,?)")) {
            ps.setObject(1, UUID.fromString(aCase.getGuid()));
            ps.setObject(2, UUID.fromString(document.getGuid()));
            ps.executeUpdate();
        }
    }

    /** Adds definitions after those already there. */
    static void insertDefinitions(Connection c, List<AttributeDefinition> definitions) throws SQLException {
        int position = nextDefinitionPosition(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribute_definition (guid, position, name_sv, "
                + "name_en, attribute_type, allowed_values) VALUES (?,?,?,?,?,?)")) {
            for (AttributeDefinition d : definitions) {
                ps.setObject(1, UUID.fromString(d.getGuid()));
                ps.setInt(2, position++);
                ps.setString(3, d.getNameSv());
                ps.setString(4, d.getNameEn());
                ps.setString(5, d.getType().getName());
                ps.setArray(6, c.createArrayOf("VARCHAR", d.getAllowedValues().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int nextDefinitionPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM attribute_definition");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Removes definitions; their values go with them (ON DELETE CASCADE). */
    static void deleteDefinitions(Connection c, List<AttributeDefinition> definitions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM attribute_definition WHERE guid = ?")) {
            for (AttributeDefinition d : definitions) {
                ps.setObject(1, UUID.fromString(d.getGuid()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void setValue(Connection c, EObject owner, AttributeDefinition definition, String value) throws SQLException {
        UUID ownerGuid = UUID.fromString(((Identified) owner).getGuid());
        UUID definitionGuid = UUID.fromString(definition.getGuid());
        if (value == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM attribute_value WHERE owner_guid = ? AND definition_guid = ?")) {
                ps.setObject(1, ownerGuid);
                ps.setObject(2, definitionGuid);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO attribute_value (owner_guid, definition_guid, content) KEY (owner_guid, definition_guid) VALUES (?,?,?)")) {
            ps.setObject(1, ownerGuid);
            ps.setObject(2, definitionGuid);
            ps.setString(3, value);
            ps.executeUpdate();
        }
    }

    static void deleteValuesOf(Connection c, String ownerGuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM attribute_value WHERE owner_guid = ?")) {
            ps.setObject(1, UUID.fromString(ownerGuid));
            ps.executeUpdate();
        }
    }

    /** Loads definitions, cases with their documents, and the values on cases and documents. */
    static void load(Connection c, Project project, Map<String, Document> documents) throws SQLException {
        Map<String, AttributeDefinition> definitions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, name_sv, name_en, attribute_type, allowed_values "
                + "FROM attribute_definition ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AttributeDefinition d = TillitFactory.eINSTANCE.createAttributeDefinition();
                d.setGuid(rs.getObject(1, UUID.class).toString());
                d.setNameSv(rs.getString(2));
                d.setNameEn(rs.getString(3));
                d.setType(AttributeType.getByName(rs.getString(4)));
                Array allowed = rs.getArray(5);
                if (allowed != null) {
                    for (Object value : (Object[]) allowed.getArray()) {
                        d.getAllowedValues().add((String) value);
                    }
                }
                project.getAttributeDefinitions().add(d);
                definitions.put(d.getGuid(), d);
            }
        }
        Map<String, EObject> owners = new HashMap<>(documents);
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, name, memo FROM project_case ORDER BY position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Case aCase = TillitFactory.eINSTANCE.createCase();
                aCase.setGuid(rs.getObject(1, UUID.class).toString());
                aCase.setName(rs.getString(2));
                aCase.setMemo(rs.getString(3));
                project.getCases().add(aCase);
                owners.put(aCase.getGuid(), aCase);
            }
        }
        // In the project's order of documents, as the model keeps a case's documents.
        try (PreparedStatement ps = c.prepareStatement("SELECT cd.case_guid, cd.document_guid FROM case_document cd "
                + "JOIN document d ON d.guid = cd.document_guid ORDER BY d.position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ((Case) owners.get(rs.getObject(1, UUID.class).toString())).getDocuments()
                        .add(documents.get(rs.getObject(2, UUID.class).toString()));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT owner_guid, definition_guid, content FROM attribute_value");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EObject owner = owners.get(rs.getObject(1, UUID.class).toString());
                if (owner != null) {
                    AttributeValue value = TillitFactory.eINSTANCE.createAttributeValue();
                    value.setDefinition(definitions.get(rs.getObject(2, UUID.class).toString()));
                    value.setValue(rs.getString(3));
                    ModelAttributes.valuesOf(owner).add(value);
                }
            }
        }
    }
}
