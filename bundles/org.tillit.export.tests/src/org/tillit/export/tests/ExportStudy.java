package org.tillit.export.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.AttributeChanges;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * A known-answer project for exports: two managers and an employee (role on each document), the
 * code Stöd with a definition and a memo; four quotes, one of them over 40 words, each an answer
 * to an interviewer's question; the name "Anna" in a quote, for pseudonyms.
 */
final class ExportStudy implements AutoCloseable {

    static final String LONG_ANSWER = "Vi fick stöd av en processledare under hela första året, och hon kom till varje "
            + "arbetsplatsträff och hjälpte oss att formulera vad tillit betyder för just vår grupp, vilket gjorde att "
            + "alla i gruppen till slut kunde säga vad vi menade och varför det var viktigt för brukarna";
    static final String CHEF1 = "I: Hur fick ni stöd?\nIP: " + LONG_ANSWER + ".\n\nI: Och sedan?\nIP: Anna hjälpte oss.";
    static final String CHEF2 = "I: Stödet?\nIP: Stödet kom sent.";
    static final String MED1 = "I: Märker du något?\nIP: Chefen ger mig stöd.";

    final ProjectStore store;
    final Code stod;
    final AttributeDefinition roll;

    ExportStudy(Path temp) throws Exception {
        store = new H2ProjectStoreFactory().open(temp.resolve("projekt"));
        List<Document> documents = store.addDocuments(List.of(document(temp, "chef-1.txt", CHEF1, "1"),
                document(temp, "chef-2.txt", CHEF2, "2"), document(temp, "med-1.txt", MED1, "3")));
        stod = TillitFactory.eINSTANCE.createCode();
        stod.setGuid(UUID.randomUUID().toString());
        stod.setLabelSv("Stöd");
        stod.setLabelEn("Support");
        stod.setDefinitionSv("Stöd från chefer och förvaltning.");
        stod.setDefinitionEn("Support from managers and administration.");
        stod.setMemo("Jämför med Resurser.");
        stod.setCodable(true);
        store.insertCode(stod, null, 0);
        code(documents.get(0), CHEF1, LONG_ANSWER);
        code(documents.get(0), CHEF1, "Anna hjälpte oss.");
        code(documents.get(1), CHEF2, "Stödet kom sent.");
        code(documents.get(2), MED1, "Chefen ger mig stöd.");
        roll = store.project().getAttributeDefinitions().stream().filter(d -> "Roll".equals(d.getNameSv())).findFirst()
                .orElseThrow();
        store.changeAttributes(new AttributeChanges(List.of(), List.of(new Assignment(documents.get(0), roll, "Chef/enhetschef"),
                new Assignment(documents.get(1), roll, "Chef/enhetschef"), new Assignment(documents.get(2), roll, "Medarbetare")),
                List.of()));
    }

    private static NewDocument document(Path temp, String name, String text, String hashDigit) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", hashDigit.repeat(64), text, Map.of());
    }

    private void code(Document document, String text, String fragment) throws ProjectStoreException {
        int start = text.codePointCount(0, text.indexOf(fragment));
        Coding coding = TestCodings.coding(stod, start, start + fragment.codePointCount(0, fragment.length()));
        coding.setCoder(store.currentCoder());
        store.insertCoding(coding, document);
    }

    @Override
    public void close() {
        store.close();
    }
}
