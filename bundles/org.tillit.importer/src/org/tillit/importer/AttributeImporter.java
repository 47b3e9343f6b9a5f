package org.tillit.importer;

import java.nio.file.Path;

import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.model.Project;
import org.tillit.store.ProjectStore;

/**
 * Reads case and document attributes from a spreadsheet (CSV, XLSX or XLS: a header row, then one
 * row per document or case, named in the first column) and plans what they would change in the
 * project. Nothing changes until the caller applies the plan as one command.
 */
public interface AttributeImporter {

    /** @throws AttributeImportException when the file cannot be read as a spreadsheet */
    AttributePlan plan(Path spreadsheet, Project project) throws AttributeImportException;

    /**
     * Plans against an open project: the file is read first, then planned under the store's
     * lock, so that an import running meanwhile cannot change the project under the planner.
     */
    AttributePlan plan(Path spreadsheet, ProjectStore store) throws AttributeImportException;
}
