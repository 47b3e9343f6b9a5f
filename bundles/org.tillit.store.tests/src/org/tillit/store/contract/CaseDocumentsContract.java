package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.ProjectStoreException;

/**
 * The documents of an existing case change as one step: documents join it (a colleague's interview
 * of the same respondent) or leave it, in the project's order of documents, and the documents
 * themselves stay. A reopen reads the same.
 */
public abstract class CaseDocumentsContract extends StoreContractFixture {

    protected CaseDocumentsContract(StoreUnderTest subject) {
        super(subject);
    }

    @Test
    void documentsJoinAndLeaveACaseInTheProjectsOrderAndStayInTheProject() throws Exception {
        Document first = store.addDocument(newDocument("chef-1a.txt", TEXT));
        Document second = store.addDocument(newDocument("chef-1b.txt", TEXT + " Andra intervjun."));
        Document third = store.addDocument(newDocument("medarbetare.txt", TEXT + " Tredje."));
        Case chef = store.casesOf(first).get(0);
        store.setCaseDocuments(chef, List.of(third, first, second, first));
        assertEquals(List.of(first, second, third), chef.getDocuments(), "the project's order, each once");
        assertEquals(2, store.casesOf(third).size(), "its own case and the one it joined");
        assertTheSameAfterAReopen();

        Case reread = store.project().getCases().stream().filter(c -> c.getGuid().equals(chef.getGuid())).findFirst()
                .orElseThrow();
        Document keptSecond = store.documents().get(1);
        store.setCaseDocuments(reread, List.of(keptSecond));
        assertEquals(List.of(keptSecond), reread.getDocuments());
        assertEquals(3, store.documents().size(), "the documents that left the case stay in the project");
        assertTheSameAfterAReopen();
    }

    @Test
    void aCaseOrDocumentNotInTheProjectIsRefusedAndNothingChanges() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Case own = store.casesOf(document).get(0);
        Case stranger = TillitFactory.eINSTANCE.createCase();
        stranger.setGuid(UUID.randomUUID().toString());
        stranger.setName("Främling");
        assertThrows(ProjectStoreException.class, () -> store.setCaseDocuments(stranger, List.of(document)));
        Document outside = TillitFactory.eINSTANCE.createDocument();
        outside.setGuid(UUID.randomUUID().toString());
        outside.setName("utanför.txt");
        assertThrows(ProjectStoreException.class, () -> store.setCaseDocuments(own, List.of(document, outside)));
        assertEquals(List.of(document), own.getDocuments());
        assertTheSameAfterAReopen();
    }
}
