package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.BilingualText;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.RefiXml;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.model.text.TextPositions;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The study exported as .qdpx and read back: valid against Project.xsd, codes in both languages,
 * codings at the code points of the texts in sources/, originals where the standard has a place
 * for them, typed variables, memos as notes, GUIDs that are GUIDs, and no empty element.
 */
class QdpxExportTest {

    @TempDir
    Path temp;

    private RefiStudy study;
    private Qdpx qdpx;

    @BeforeEach
    void export() throws Exception {
        study = new RefiStudy(temp);
        Path file = temp.resolve("studie.qdpx");
        QdpxExport.write(study.store, file, new NullProgressMonitor());
        qdpx = Qdpx.project(file);
    }

    @AfterEach
    void close() {
        study.close();
    }

    @Test
    void projectIsValidAndHoldsNoEmptyElement() throws Exception {
        qdpx.validate(RefiXml.projectSchema());
        assertEquals(List.of(), qdpx.emptyElements());
        for (String wrapper : Qdpx.WRAPPERS) {
            for (Element element : qdpx.all("//q:" + wrapper)) {
                assertTrue(element.getElementsByTagName("*").getLength() > 0, wrapper + " holds an element");
            }
        }
        assertEquals("tillitsstudie", qdpx.value("/q:Project/@name"));
        assertEquals("Tillit", qdpx.value("/q:Project/@origin"));
    }

    @Test
    void codesCarryHierarchyColourCodabilityAndTheSecondLanguage() throws Exception {
        Element ledning = qdpx.one("/q:Project/q:CodeBook/q:Codes/q:Code[@name='Ledning']");
        assertEquals(study.ledning.getGuid(), ledning.getAttribute("guid"));
        assertEquals("false", ledning.getAttribute("isCodable"));
        assertEquals("#A1B2C3", ledning.getAttribute("color"));
        Element stod = qdpx.one("//q:Code[@name='Ledning']/q:Code[@name='Stöd']");
        assertEquals("true", stod.getAttribute("isCodable"));
        BilingualText.Parsed description = BilingualText.parse(qdpx.value("//q:Code[@guid='" + study.stod.getGuid() + "']/q:Description"));
        assertEquals("Stöd från chefer.\nExempel: ”Chefen ger stöd”.", description.definition());
        assertEquals(new BilingualText.Second(Language.EN, "Support", "Support from managers."),
                description.second().orElseThrow());
        BilingualText.Parsed swedishOnly = BilingualText.parse(qdpx.value("//q:Code[@guid='" + study.tillit.getGuid() + "']/q:Description"));
        assertEquals("Förtroende mellan chef och medarbetare.", swedishOnly.definition());
        assertTrue(swedishOnly.second().isEmpty(), "no English to carry");
        String memo = qdpx.value("//q:Code[@guid='" + study.stod.getGuid() + "']/q:NoteRef/@targetGUID");
        assertEquals("Jämför med Resurser.", qdpx.value("/q:Project/q:Notes/q:Note[@guid='" + memo + "']/q:PlainTextContent"));
    }

    @Test
    void setsNameTheirMembers() throws Exception {
        Element set = qdpx.one("/q:Project/q:Sets/q:Set[@guid='" + study.set.getGuid() + "']");
        assertEquals(study.set.getLabelSv(), set.getAttribute("name"));
        List<String> members = qdpx.all("//q:Set[@guid='" + study.set.getGuid() + "']/q:MemberCode").stream()
                .map(m -> m.getAttribute("targetGUID")).toList();
        assertEquals(List.of(study.stod.getGuid(), study.tillit.getGuid()), members);
        assertTrue(BilingualText.parse(qdpx.value("//q:Set[@guid='" + study.set.getGuid() + "']/q:Description")).second()
                .isPresent(), "TBSL's sets have English labels");
    }

    @Test
    void codingsAreSelectionsAtTheCodePointsOfTheTextInSources() throws Exception {
        Element source = qdpx.one("/q:Project/q:Sources/q:TextSource[@guid='" + study.interview.getGuid() + "']");
        assertEquals(RefiXml.INTERNAL + study.interview.getGuid() + ".txt", source.getAttribute("plainTextPath"));
        assertFalse(source.hasAttribute("richTextPath"), "a .txt original is the plain text already");
        String text = qdpx.text("sources/" + study.interview.getGuid() + ".txt");
        assertEquals(study.store.text(study.interview), text, "the stored text, \\r\\n and emoji as they are");
        assertTrue(text.contains("\r\n") && text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        for (int i = 0; i < study.codings.size(); i++) {
            Coding coding = study.codings.get(i);
            String at = "//q:TextSource/q:PlainTextSelection[q:Coding/@guid='" + coding.getGuid() + "']";
            Element selection = qdpx.one(at);
            int start = Integer.parseInt(selection.getAttribute("startPosition"));
            int end = Integer.parseInt(selection.getAttribute("endPosition"));
            assertEquals(coding.getStart(), start);
            assertEquals(coding.getEnd(), end);
            assertEquals(study.fragments.get(i),
                    text.substring(TextPositions.toUtf16(text, start), TextPositions.toUtf16(text, end)),
                    "code points, end exclusive");
            assertEquals(coding.getCode().getGuid(), qdpx.value(at + "/q:Coding/q:CodeRef/@targetGUID"));
            String user = qdpx.value(at + "/q:Coding/@creatingUser");
            assertEquals(coding.getCoder().getName(), qdpx.value("/q:Project/q:Users/q:User[@guid='" + user + "']/@name"));
            assertEquals(user, selection.getAttribute("creatingUser"));
            assertEquals(coding.getCreated().toInstant(), Instant.parse(qdpx.value(at + "/q:Coding/@creationDateTime")));
            assertFalse(selection.getAttribute("guid").equals(coding.getGuid()), "the selection has a GUID of its own");
        }
        String memo = qdpx.value("//q:Coding[@guid='" + study.codings.get(0).getGuid() + "']/q:NoteRef/@targetGUID");
        assertEquals(RefiStudy.CODING_MEMO, qdpx.value("//q:Note[@guid='" + memo + "']/q:PlainTextContent"));
        assertEquals(2, qdpx.all("/q:Project/q:Users/q:User").size(), "both coders");
    }

    @Test
    void originalsGoWhereTheStandardHasAPlaceForThem() throws Exception {
        String report = study.report.getGuid();
        Element docx = qdpx.one("//q:TextSource[@guid='" + report + "']");
        assertEquals(RefiXml.INTERNAL + report + ".docx", docx.getAttribute("richTextPath"));
        assertArrayEquals(Qdpx.bytes(study.store.originals().open(study.report)), qdpx.entries.get("sources/" + report + ".docx"));
        assertEquals(study.store.text(study.report), qdpx.text("sources/" + report + ".txt"));

        String article = study.article.getGuid();
        Element pdf = qdpx.one("/q:Project/q:Sources/q:PDFSource[@guid='" + article + "']");
        assertEquals(RefiXml.INTERNAL + article + ".pdf", pdf.getAttribute("path"));
        assertEquals(RefiXml.INTERNAL + article + ".txt", qdpx.value("//q:PDFSource/q:Representation/@plainTextPath"));
        assertEquals("21", qdpx.value("//q:PDFSource/q:Representation/q:PlainTextSelection/@startPosition"));
        assertArrayEquals(Qdpx.bytes(study.store.originals().open(study.article)), qdpx.entries.get("sources/" + article + ".pdf"));

        String notes = study.notes.getGuid();
        assertFalse(qdpx.one("//q:TextSource[@guid='" + notes + "']").hasAttribute("richTextPath"), "no place for ODT");
        Set<String> expected = new HashSet<>(Set.of(RefiXml.PROJECT_ENTRY, "sources/" + report + ".docx",
                "sources/" + article + ".pdf"));
        for (Document document : study.store.documents()) {
            expected.add("sources/" + document.getGuid() + ".txt");
        }
        assertEquals(expected, qdpx.entries.keySet());
    }

    @Test
    void variablesAreTypedByTheirValuesOnSourcesAndCases() throws Exception {
        assertEquals("Integer", variableType(study.age.getGuid()));
        assertEquals("Float", variableType(study.score.getGuid()), "3.25 and 4: not all whole");
        assertEquals("Boolean", variableType(study.consent.getGuid()));
        assertEquals("Date", variableType(study.interviewed.getGuid()));
        assertEquals("Text", variableType(study.role.getGuid()), "a category is text");
        assertEquals("Ålder", qdpx.value("//q:Variable[@guid='" + study.age.getGuid() + "']/@name"));
        assertEquals("Age", BilingualText.parse(qdpx.value("//q:Variable[@guid='" + study.age.getGuid() + "']/q:Description"))
                .second().orElseThrow().label());

        String interview = "//q:TextSource[@guid='" + study.interview.getGuid() + "']";
        assertEquals("Chef/enhetschef", value(interview, study.role.getGuid(), "TextValue"));
        assertEquals("true", value(interview, study.consent.getGuid(), "BooleanValue"));
        assertEquals("2024-03-05", value(interview, study.interviewed.getGuid(), "DateValue"));
        assertEquals("3.25", value("//q:TextSource[@guid='" + study.report.getGuid() + "']", study.score.getGuid(), "FloatValue"));
        assertEquals("4", value("//q:PDFSource", study.score.getGuid(), "FloatValue"));

        String aCase = "//q:Case[q:SourceRef/@targetGUID='" + study.interview.getGuid() + "']";
        assertEquals("52", value(aCase, study.age.getGuid(), "IntegerValue"));
        assertEquals("false", value(aCase, study.consent.getGuid(), "BooleanValue"));
        assertEquals("Åsa, enhetschef.", qdpx.value(aCase + "/q:Description"), "a case's memo: the schema gives it no NoteRef");
        assertEquals(study.store.project().getCases().size(), qdpx.all("/q:Project/q:Cases/q:Case").size());
    }

    @Test
    void memosAreNotesAndTheProjectMemoIsItsDescription() throws Exception {
        assertEquals(RefiStudy.PROJECT_MEMO, qdpx.value("/q:Project/q:Description"));
        String projectNote = qdpx.value("/q:Project/q:NoteRef/@targetGUID");
        assertEquals(RefiStudy.PROJECT_MEMO, qdpx.value("//q:Note[@guid='" + projectNote + "']/q:PlainTextContent"));
        String documentNote = qdpx.value("//q:TextSource[@guid='" + study.interview.getGuid() + "']/q:NoteRef/@targetGUID");
        assertEquals("Transkriberad av extern byrå.", qdpx.value("//q:Note[@guid='" + documentNote + "']/q:PlainTextContent"));
        Set<String> notes = new HashSet<>();
        for (Element note : qdpx.all("/q:Project/q:Notes/q:Note")) {
            assertTrue(notes.add(note.getAttribute("guid")), "note GUIDs differ");
            assertFalse(note.getAttribute("name").isBlank());
        }
        String caseGuid = qdpx.value("//q:Case[q:SourceRef/@targetGUID='" + study.interview.getGuid() + "']/@guid");
        Element link = qdpx.one("/q:Project/q:Links/q:Link[@targetGUID='" + caseGuid + "']");
        assertEquals("Åsa, enhetschef.", qdpx.value("//q:Note[@guid='" + link.getAttribute("originGUID") + "']/q:PlainTextContent"),
                "a case's memo is also a note, linked to the case");
        Set<String> referred = new HashSet<>();
        qdpx.all("//q:NoteRef").forEach(ref -> referred.add(ref.getAttribute("targetGUID")));
        referred.add(link.getAttribute("originGUID"));
        assertEquals(notes, referred, "every note is referred to, every reference has its note");
        assertEquals(5, notes.size(), "project, document, case, code and coding memo");
    }

    @Test
    void guidsAreGuidsUniqueAndTheSameInEveryExport() throws Exception {
        Set<String> seen = new HashSet<>();
        for (Element element : qdpx.all("//*")) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getName();
                if (name.equals("guid") || name.equals("targetGUID") || name.equals("creatingUser")) {
                    assertTrue(Qdpx.GUID.matcher(attribute.getValue()).matches(), name + "=" + attribute.getValue());
                }
                if (name.equals("guid")) {
                    assertTrue(seen.add(attribute.getValue()), "one element per GUID: " + attribute.getValue());
                }
            }
        }
        Path again = temp.resolve("igen.qdpx");
        QdpxExport.write(study.store, again, new NullProgressMonitor());
        assertArrayEquals(qdpx.entries.get(RefiXml.PROJECT_ENTRY), Qdpx.project(again).entries.get(RefiXml.PROJECT_ENTRY),
                "derived GUIDs (notes, selections, users) are stable");
    }

    private String variableType(String guid) throws Exception {
        return qdpx.value("/q:Project/q:Variables/q:Variable[@guid='" + guid + "']/@typeOfVariable");
    }

    private String value(String owner, String variable, String element) throws Exception {
        return qdpx.value(owner + "/q:VariableValue[q:VariableRef/@targetGUID='" + variable + "']/q:" + element);
    }
}
