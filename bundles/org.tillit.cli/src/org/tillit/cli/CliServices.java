package org.tillit.cli;

import org.tillit.importer.AttributeImporter;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.DocumentImporter;
import org.tillit.store.ProjectStoreFactory;

/** The core services the commands work with; in the product they are OSGi DS services. */
public interface CliServices {

    /** @throws CliException when the service is not there */
    ProjectStoreFactory projectStoreFactory();

    /** @throws CliException when the service is not there */
    DocumentImporter documentImporter();

    /** @throws CliException when the service is not there */
    AttributeImporter attributeImporter();

    /** Tika's text extraction (for a REFI project whose text is only a Word or PDF file). */
    DocumentExtractor documentExtractor();
}
