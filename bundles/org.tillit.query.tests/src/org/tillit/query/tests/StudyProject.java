package org.tillit.query.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * A known-answer study: five interviews with interviewer (I) and respondent (IP) turns, two
 * managers, one employee case with two interviews (its role set on the case), one interview
 * without a role; a number attribute År; codes Stöd with the sub-codes Stöd (the parent's label)
 * and Resurser, and Kontroll; twelve codings, some overlapping, one in an interviewer turn, one
 * around a character outside the BMP (so code points and UTF-16 differ).
 */
final class StudyProject implements AutoCloseable {

    static final String CHEF1 = "I: Hur är stödet från chefen?\nIP: Vi har tillit men för lite tid. Stödet är bra.\n\n"
            + "I: Och kontrollen?\nIP: Kontrollen är stark här.";
    static final String CHEF2 = "I: Hur är stödet?\nIP: Stödet är svagt. Vi saknar resurser.\n\nI: Kontroll?\n"
            + "IP: Ingen kontroll alls.";
    static final String MED1 = "I: Hur är stödet?\nIP: Stödet från chefen är gott.\n\nI: Och kontrollen?\n"
            + "IP: Kontrollen känns tung \uD83D\uDE00 ibland.";
    static final String MED1B = "I: Uppföljning.\nIP: Stödet har blivit bättre. Resurser saknas fortfarande.";
    static final String OKAND = "I: Berätta.\nIP: Stödet är okänt för mig.";

    final ProjectStore store;
    final Document chef1;
    final Document chef2;
    final Document med1;
    final Document med1b;
    final Document okand;
    final Code stod;
    final Code stodUnderStod;
    final Code resurser;
    final Code kontroll;
    final AttributeDefinition roll;
    final AttributeDefinition year;
    final Case employee;

    StudyProject(Path temp) throws Exception {
        store = new H2ProjectStoreFactory().open(temp.resolve("project"));
        List<Document> documents = store.addDocuments(List.of(document(temp, "chef1.txt", CHEF1, "1"),
                document(temp, "chef2.txt", CHEF2, "2"), document(temp, "med1.txt", MED1, "3"),
                document(temp, "med1b.txt", MED1B, "4"), document(temp, "okand.txt", OKAND, "5")));
        chef1 = documents.get(0);
        chef2 = documents.get(1);
        med1 = documents.get(2);
        okand = documents.get(4);
        employee = store.casesOf(med1).get(0);
        Document second = documents.get(3);
        store.removeDocument(second);
        store.insertDocument(second, MED1B, 3, List.of(employee));
        med1b = second;

        stod = code("Stöd", "Support", null, 0);
        stodUnderStod = code("Stöd", "Support", stod, 0);
        resurser = code("Resurser", "Resources", stod, 1);
        kontroll = code("Kontroll", "Control", null, 1);

        code(chef1, stod, CHEF1, "Hur är stödet");
        code(chef1, stod, CHEF1, "Vi har tillit");
        code(chef1, kontroll, CHEF1, "tillit men för lite tid");
        code(chef1, stodUnderStod, CHEF1, "Stödet är bra");
        code(chef1, kontroll, CHEF1, "Kontrollen är stark");
        code(chef2, resurser, CHEF2, "Vi saknar resurser");
        code(chef2, kontroll, CHEF2, "Ingen kontroll");
        code(med1, stod, MED1, "Stödet från chefen är gott");
        code(med1, kontroll, MED1, "Kontrollen känns tung \uD83D\uDE00 ibland");
        code(med1b, stod, MED1B, "Stödet har blivit bättre");
        code(med1b, resurser, MED1B, "Resurser saknas");
        code(okand, stod, OKAND, "Stödet är okänt");

        roll = store.project().getAttributeDefinitions().stream().filter(d -> "Roll".equals(d.getNameSv())).findFirst()
                .orElseThrow();
        year = TillitFactory.eINSTANCE.createAttributeDefinition();
        year.setGuid(UUID.randomUUID().toString());
        year.setNameSv("År");
        year.setNameEn("Year");
        year.setType(AttributeType.NUMBER);
        store.changeAttributes(new AttributeChanges(List.of(year), List.of(new Assignment(chef1, roll, "Chef/enhetschef"),
                new Assignment(chef2, roll, "Chef/enhetschef"), new Assignment(employee, roll, "Medarbetare"),
                new Assignment(chef1, year, "2019"), new Assignment(chef2, year, "2021"),
                new Assignment(employee, year, "2022"), new Assignment(okand, year, "2020")), List.of()));
    }

    private static NewDocument document(Path temp, String name, String text, String hashDigit) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", hashDigit.repeat(64), text, Map.of());
    }

    private Code code(String sv, String en, Code parent, int index) throws ProjectStoreException {
        Code code = TillitFactory.eINSTANCE.createCode();
        code.setGuid(UUID.randomUUID().toString());
        code.setLabelSv(sv);
        code.setLabelEn(en);
        code.setCodable(true);
        store.insertCode(code, parent, index);
        return code;
    }

    private void code(Document document, Code code, String text, String fragment) throws ProjectStoreException {
        int start = at(text, fragment);
        Coding coding = TestCodings.coding(code, start, start + fragment.codePointCount(0, fragment.length()));
        coding.setCoder(store.currentCoder());
        store.insertCoding(coding, document);
    }

    /** The code point position of the fragment in the text. */
    static int at(String text, String fragment) {
        int index = text.indexOf(fragment);
        if (index < 0) {
            throw new AssertionError("no '" + fragment + "' in the text");
        }
        return text.codePointCount(0, index);
    }

    /** The documents' names, for comparing lists. */
    static List<String> names(List<Document> documents) {
        List<String> names = new ArrayList<>();
        documents.forEach(d -> names.add(d.getName()));
        return names;
    }

    @Override
    public void close() {
        store.close();
    }
}
