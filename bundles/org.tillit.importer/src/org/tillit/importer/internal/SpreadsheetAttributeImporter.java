package org.tillit.importer.internal;

import java.nio.file.Path;

import org.tillit.importer.AttributeImporter;
import org.tillit.importer.attributes.AttributeImportException;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.attributes.AttributePlanner;
import org.tillit.importer.attributes.Sheet;
import org.tillit.importer.attributes.SheetReader;
import org.tillit.model.Project;
import org.tillit.store.ProjectStore;

/** Reads the sheet with Commons CSV or Apache POI and plans it against the project. */
public final class SpreadsheetAttributeImporter implements AttributeImporter {

    @Override
    public AttributePlan plan(Path spreadsheet, Project project) throws AttributeImportException {
        return AttributePlanner.plan(SheetReader.read(spreadsheet), project);
    }

    @Override
    public AttributePlan plan(Path spreadsheet, ProjectStore store) throws AttributeImportException {
        Sheet sheet = SheetReader.read(spreadsheet);
        return store.read(project -> AttributePlanner.plan(sheet, project));
    }
}
