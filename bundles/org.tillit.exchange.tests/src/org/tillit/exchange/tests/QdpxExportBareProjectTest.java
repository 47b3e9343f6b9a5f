package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.RefiXml;
import org.tillit.store.ProjectStore;

/** A project without sets, attributes or memos still exports valid, with no empty element for what it lacks. */
class QdpxExportBareProjectTest {

    @TempDir
    Path temp;

    @Test
    void validatesWithoutTheElementsItHasNothingFor() throws Exception {
        Path file = temp.resolve("kort.qdpx");
        try (ProjectStore store = BareProject.open(temp.resolve("kort"), temp)) {
            assertTrue(store.codebook().getSets().isEmpty());
            QdpxExport.write(store, file, new NullProgressMonitor());
        }
        Qdpx qdpx = Qdpx.project(file);
        qdpx.validate(RefiXml.projectSchema());
        for (String absent : List.of("Sets", "Notes", "Variables", "NoteRef", "Description[parent::q:Project]", "Links")) {
            assertEquals(List.of(), qdpx.all("//q:" + absent), absent);
        }
        assertEquals(List.of(), qdpx.emptyElements());
        assertEquals(1, qdpx.all("//q:PlainTextSelection").size());
        assertEquals(1, qdpx.all("/q:Project/q:Cases/q:Case").size(), "the document's own case");
        assertEquals(BareProject.TEXT, qdpx.text("sources/" + qdpx.value("//q:TextSource/@guid") + ".txt"));
    }
}
