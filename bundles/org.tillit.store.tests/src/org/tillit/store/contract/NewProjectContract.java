package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.model.Document;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * A project brought whole from another program: it starts empty (no preloaded codebook, no preset
 * attributes), takes that program's name, and its documents keep the GUIDs and dates the program
 * gave them, so that exporting it again names the same things the same way.
 */
public abstract class NewProjectContract extends StoreContractFixture {

    protected NewProjectContract(StoreUnderTest subject) {
        super(subject);
    }

    @Test
    void anEmptyProjectHoldsNoCodesNoSetsAndNoAttributesAndStaysSoAfterAReopen() throws Exception {
        ProjectLocation empty = newLocation("tom");
        try (ProjectStore made = factory().createEmpty(empty, new CoderIdentity("Anna Forskare"))) {
            assertEmpty(made);
        }
        try (ProjectStore opened = factory().openExisting(empty, new CoderIdentity("Anna Forskare"))) {
            assertEmpty(opened);
        }
    }

    @Test
    void anEmptyProjectIsNotMadeWhereAProjectIs() {
        ProjectStoreException refused = assertThrows(ProjectStoreException.class,
                () -> factory().createEmpty(location, new CoderIdentity("Anna Forskare")).close());
        assertTrue(refused.getMessage().contains(location.toString()), refused.getMessage());
        assertTrue(store.read(p -> p.getCodebook().getCodes().size()) > 0, "the open project is untouched");
    }

    @Test
    void aNamedAndDatedProjectKeepsBothAfterAReopenAndANullDateKeepsTheDate() throws Exception {
        Instant made = Instant.parse("2019-11-20T08:00:00Z");
        store.nameProject("  Tillit i hemtjänsten ", made);
        assertEquals(List.of("Tillit i hemtjänsten", made), List.of(store.project().getName(),
                store.project().getCreated().toInstant()));
        reopen();
        assertEquals(List.of("Tillit i hemtjänsten", made), List.of(store.project().getName(),
                store.project().getCreated().toInstant()));
        store.nameProject("Tillit", null);
        reopen();
        assertEquals(List.of("Tillit", made), List.of(store.project().getName(), store.project().getCreated().toInstant()));
    }

    @Test
    void aDocumentGivenItsGuidAndDateKeepsThemAfterAReopen() throws Exception {
        String guid = "0c9e2a53-4f0e-4d6a-9d57-8f6f2b1d3c11";
        Instant made = Instant.parse("2021-04-07T09:15:30Z");
        NewDocument plain = newDocument("intervju.txt", TEXT);
        Document given = store.addDocument(new NewDocument(plain.name(), plain.original(), plain.format(),
                plain.sha256(), plain.plainText(), Map.of(), guid, made));
        Document fresh = store.addDocument(newDocument("ny.txt", TEXT));
        assertEquals(List.of(guid, made), List.of(given.getGuid(), given.getImported().toInstant()));
        assertTrue(!fresh.getGuid().equals(guid) && fresh.getImported().toInstant().isAfter(made));
        reopen();
        Document read = store.documents().get(0);
        assertEquals(List.of(guid, made, "intervju.txt"), List.of(read.getGuid(), read.getImported().toInstant(),
                read.getName()));
    }

    private static void assertEmpty(ProjectStore store) {
        assertEquals(List.of(0, 0, 0, 0), store.read(p -> List.of(p.getCodebook().getCodes().size(),
                p.getCodebook().getSets().size(), p.getAttributeDefinitions().size(), p.getDocuments().size())));
    }
}
