package org.tillit.exchange.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.store.TestCodings;

/**
 * A known-answer project for the REFI-QDA export: a Swedish project whose codes have labels and
 * definitions in both languages (Ledning > Stöd, Ledning > Tillit with a Swedish label only),
 * two coders, four documents (a transcript with emoji outside the BMP and \r\n line ends, a Word
 * file, a PDF and an ODT), codings with memos, memos on the project, a document, a case and a
 * code, and attributes of every type on documents and cases.
 */
final class RefiStudy implements AutoCloseable {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String INTERVIEW = "I: Hur känns stödet? 🙂\r\nIP: Stödet från chefen 👍🏽 är starkt.\r\n\r\n"
            + "I: Och kollegorna?\r\nIP: Kollegial granskning känns som kontroll 𝄞, säger Åsa.";
    static final List<String> REPORT = List.of("Rapport om tillit i hemtjänsten.", "Chefen ger stöd varje vecka.");
    static final List<String> ARTICLE = List.of("Artikel om styrning.", "Tillit kräver handlingsutrymme.");
    static final List<String> NOTES = List.of("Anteckningar från fältet.", "Ledningen lyssnar.");
    static final String PROJECT_MEMO = "Studie av tillitsbaserad styrning & ledning <2024>.";
    static final String CODING_MEMO = "Jämför med chefernas svar 👀.";

    final Path folder;
    final ProjectStore store;
    final Code ledning;
    final Code stod;
    final Code tillit;
    final CodeSet set;
    final Coder first;
    final Coder second;
    final Document interview;
    final Document report;
    final Document article;
    final Document notes;
    /** The interview's codings in the order they were made, with the fragment each covers. */
    final List<Coding> codings = new ArrayList<>();
    final List<String> fragments = new ArrayList<>();
    final AttributeDefinition age;
    final AttributeDefinition score;
    final AttributeDefinition consent;
    final AttributeDefinition interviewed;
    final AttributeDefinition role;

    RefiStudy(Path temp) throws Exception {
        this(temp, "\r\n");
    }

    /** The study with the transcript's line ends as given ({@code \n}: as Tillit's own import keeps a text). */
    RefiStudy(Path temp, String lineEnd) throws Exception {
        String interviewText = INTERVIEW.replace("\r\n", lineEnd);
        folder = temp.resolve("tillitsstudie");
        store = new H2ProjectStoreFactory().open(folder);
        List<Document> documents = store.addDocuments(List.of(
                document("intervju-1.txt", TestDocuments.text(temp.resolve("intervju-1.txt"), List.of(interviewText),
                        StandardCharsets.UTF_8, false), "text/plain", "1", interviewText),
                document("rapport.docx", TestDocuments.docx(temp.resolve("rapport.docx"), REPORT), DOCX_TYPE, "2",
                        String.join("\n\n", REPORT)),
                document("artikel.pdf", TestDocuments.pdf(temp.resolve("artikel.pdf"), ARTICLE), "application/pdf", "3",
                        String.join("\n", ARTICLE)),
                document("anteckningar.odt", TestDocuments.odt(temp.resolve("anteckningar.odt"), NOTES),
                        "application/vnd.oasis.opendocument.text", "4", String.join("\n\n", NOTES))));
        interview = documents.get(0);
        report = documents.get(1);
        article = documents.get(2);
        notes = documents.get(3);

        ledning = code("Ledning", "Leadership", "Hur ledningen agerar.", "Statements on leadership.", false, null);
        stod = code("Stöd", "Support", "Stöd från chefer.\nExempel: ”Chefen ger stöd”.", "Support from managers.", true,
                ledning);
        tillit = code("Tillit", null, "Förtroende mellan chef och medarbetare.", null, true, ledning);
        store.saveMemo(stod, "Jämför med Resurser.");
        set = store.codebook().getSets().get(0);
        store.setMembers(set, List.of(stod, tillit));

        first = store.currentCoder();
        store.useCoder(new CoderIdentity("forskare2"));
        second = store.currentCoder();
        code(interview, interviewText, "Stödet från chefen 👍🏽 är starkt.", stod, first);
        code(interview, interviewText, "kontroll 𝄞, säger Åsa", tillit, second);
        code(interview, interviewText, "🙂", stod, second);
        store.saveMemo(codings.get(0), CODING_MEMO);
        Coding inReport = TestCodings.coding(stod, 0, 7);
        inReport.setCoder(first);
        store.insertCoding(inReport, report);
        Coding inArticle = TestCodings.coding(tillit, 21, 27);
        inArticle.setCoder(first);
        store.insertCoding(inArticle, article);

        store.saveMemo(store.project(), PROJECT_MEMO);
        store.saveMemo(interview, "Transkriberad av extern byrå.");
        Case interviewCase = store.casesOf(interview).get(0);
        store.saveMemo(interviewCase, "Åsa, enhetschef.");

        age = definition("Ålder", "Age", AttributeType.NUMBER);
        score = definition("Poäng", "Score", AttributeType.NUMBER);
        consent = definition("Samtycke", "Consent", AttributeType.BOOLEAN);
        interviewed = definition("Intervjudag", "Interview day", AttributeType.DATE);
        store.changeAttributes(new AttributeChanges(List.of(age, score, consent, interviewed), List.of(), List.of()));
        role = store.project().getAttributeDefinitions().stream().filter(d -> "Roll".equals(d.getNameSv())).findFirst()
                .orElseThrow();
        store.changeAttributes(new AttributeChanges(List.of(), List.of(new Assignment(interview, role, "Chef/enhetschef"),
                new Assignment(interview, consent, "true"), new Assignment(interview, interviewed, "2024-03-05"),
                new Assignment(report, score, "3.25"), new Assignment(article, score, "4"),
                new Assignment(interviewCase, age, "52"), new Assignment(interviewCase, consent, "false")), List.of()));
    }

    private static NewDocument document(String name, Path file, String format, String hashDigit, String text) {
        return new NewDocument(name, file, format, hashDigit.repeat(64), text, Map.of());
    }

    private Code code(String sv, String en, String definitionSv, String definitionEn, boolean codable, Code parent)
            throws ProjectStoreException {
        Code code = TillitFactory.eINSTANCE.createCode();
        code.setGuid(UUID.randomUUID().toString());
        code.setLabelSv(sv);
        code.setLabelEn(en);
        code.setDefinitionSv(definitionSv);
        code.setDefinitionEn(definitionEn);
        code.setColor("#A1B2C3");
        code.setCodable(codable);
        store.insertCode(code, parent, 0);
        return code;
    }

    private void code(Document document, String text, String fragment, Code code, Coder coder)
            throws ProjectStoreException {
        int start = text.codePointCount(0, text.indexOf(fragment));
        Coding coding = TestCodings.coding(code, start, start + fragment.codePointCount(0, fragment.length()));
        coding.setCoder(coder);
        store.insertCoding(coding, document);
        codings.add(coding);
        fragments.add(fragment);
    }

    private static AttributeDefinition definition(String sv, String en, AttributeType type) {
        AttributeDefinition definition = TillitFactory.eINSTANCE.createAttributeDefinition();
        definition.setGuid(UUID.randomUUID().toString());
        definition.setNameSv(sv);
        definition.setNameEn(en);
        definition.setType(type);
        return definition;
    }

    @Override
    public void close() {
        store.close();
    }
}
