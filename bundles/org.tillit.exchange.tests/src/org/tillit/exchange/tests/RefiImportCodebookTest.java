package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.QdcImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.reading.RefiReadException;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.ProjectSnapshot;

/** A .qdc codebook comes into the codebook: codes matched by GUID or path, new ones added, sets with them. */
class RefiImportCodebookTest {

    private static final String NEW_CODE = "7ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0101";
    private static final String SET = "7ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0201";

    @TempDir
    Path temp;

    @Test
    void codesUnderAnExistingPathAreAddedThereAndUndoRemovesThem() throws Exception {
        // "Principer/Tillit" is in the preloaded TBSL codebook: the import puts "Förtroende" under it.
        String qdc = "<?xml version='1.0' encoding='UTF-8'?><CodeBook xmlns='" + RefiXml.CODEBOOK_NS
                + "' origin='Annat program'><Codes><Code guid='7ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0001' name='Principer'"
                + " isCodable='false'><Code guid='7ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0002' name='tillit' isCodable='true'>"
                + "<Code guid='" + NEW_CODE + "' name='Förtroende' isCodable='true' color='#c33'>"
                + "<Description>Att lita på varandra</Description></Code></Code></Code></Codes>"
                + "<Sets><Set guid='" + SET + "' name='Import'><MemberCode guid='" + NEW_CODE + "'/></Set></Sets>"
                + "</CodeBook>";
        Path file = Files.writeString(temp.resolve("kodbok.qdc"), qdc, StandardCharsets.UTF_8);
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            RefiContent content = QdcImport.read(file);
            RefiImportPlan plan = RefiImportPlan.of(content, store);
            assertEquals(2, plan.matchedCodeCount());
            assertEquals(1, plan.addedCodeCount());
            List<String> before = ProjectSnapshot.of(store);
            int codes = CodeTree.allCodes(store.codebook()).size();
            ProjectCommandStack stack = new ProjectCommandStack();
            stack.execute(new ImportRefiCommand(store, plan));

            Code added = CodeTree.allCodes(store.codebook()).stream().filter(c -> c.getGuid().equals(NEW_CODE))
                    .findFirst().orElseThrow();
            assertEquals("Tillit", added.getParent().getLabelSv());
            assertEquals("Principer", added.getParent().getParent().getLabelSv());
            assertEquals("#CC3333", added.getColor());
            assertEquals("Att lita på varandra", added.getDefinitionSv());
            assertEquals(codes + 1, CodeTree.allCodes(store.codebook()).size());
            CodeSet set = store.codebook().getSets().get(store.codebook().getSets().size() - 1);
            assertEquals(List.of(added), set.getMembers());
            assertTrue(store.project().getMemo().contains("kodbok.qdc"), store.project().getMemo());

            stack.undo();
            assertEquals(before, ProjectSnapshot.of(store));
        }
    }

    @Test
    void aProjectFileIsNoCodebook() throws Exception {
        Path file = Files.writeString(temp.resolve("fel.qdc"), "<Project xmlns='" + RefiXml.PROJECT_NS + "' name='p'/>",
                StandardCharsets.UTF_8);
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdcImport.read(file));
        assertTrue(refused.getMessage().contains("fel.qdc") && refused.getMessage().contains("CodeBook"),
                refused.getMessage());
    }
}
