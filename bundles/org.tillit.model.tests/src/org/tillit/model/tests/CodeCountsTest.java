package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeCounts;

/** Codings and documents per code, own and with sub-codes, and codings per document. */
class CodeCountsTest {

    private static final TillitFactory F = TillitFactory.eINSTANCE;

    private static Code code(Code parent) {
        Code code = F.createCode();
        code.setGuid(UUID.randomUUID().toString());
        if (parent != null) {
            parent.getChildren().add(code);
        }
        return code;
    }

    private static void code(Document document, Code code, int start) {
        Coding coding = F.createCoding();
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(start + 1);
        document.getCodings().add(coding);
    }

    @Test
    void countsOwnAndWithSubCodesDistinctDocuments() {
        Project project = F.createProject();
        project.setCodebook(F.createCodebook());
        Code group = code(null);
        project.getCodebook().getCodes().add(group);
        Code a = code(group);
        Code b = code(group);
        Code bb = code(b);
        Code unused = code(group);
        Document one = F.createDocument();
        Document two = F.createDocument();
        Document three = F.createDocument();
        project.getDocuments().add(one);
        project.getDocuments().add(two);
        project.getDocuments().add(three);
        code(one, a, 0);
        code(one, a, 3);
        code(one, bb, 4);
        code(one, b, 5);
        code(two, bb, 1);
        code(two, bb, 2);

        CodeCounts counts = CodeCounts.of(project);
        assertEquals(2, counts.codings(a));
        assertEquals(1, counts.documents(a));
        assertEquals(1, counts.codings(b));
        assertEquals(1, counts.documents(b));
        assertEquals(4, counts.codingsWithSubCodes(b));
        assertEquals(2, counts.documentsWithSubCodes(b));
        assertEquals(3, counts.codings(bb));
        assertEquals(2, counts.documents(bb));
        assertEquals(0, counts.codings(group));
        assertEquals(6, counts.codingsWithSubCodes(group));
        assertEquals(2, counts.documentsWithSubCodes(group));
        assertEquals(0, counts.codingsWithSubCodes(unused));
        assertEquals(4, counts.codings(one));
        assertEquals(2, counts.codings(two));
        assertEquals(0, counts.codings(three));
    }
}
