package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodebookReader;
import org.tillit.model.codebook.CodebookTemplate;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

class CodebookReaderTest {

    private static CodebookTemplate read(String xml) throws IOException {
        return new CodebookReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsNestedCodesInOrderWithBothLanguages() throws IOException {
        CodebookTemplate template = read("""
                <codebook xmlns="urn:tillit:codebook:1" formatVersion="1" name-sv="Test">
                  <code guid="00000000-0000-0000-0000-000000000001" color="#AABBCC" codable="false">
                    <label lang="sv">Grupp</label><label lang="en">Group</label>
                    <code guid="00000000-0000-0000-0000-000000000002" color="#112233" codable="true">
                      <label lang="sv">Stöd</label><label lang="en">Support</label>
                      <definition lang="sv">Stöd från chefen.</definition>
                    </code>
                  </code>
                </codebook>
                """);
        Code group = template.codebook().getCodes().get(0);
        Code support = group.getChildren().get(0);
        assertEquals("Stöd", Labels.label(support, Language.SV));
        assertEquals("Support", Labels.label(support, Language.EN));
        assertEquals("Stöd från chefen.", Labels.definition(support, Language.EN), "falls back to Swedish");
        assertEquals(group, support.getParent());
        assertTrue(support.isCodable());
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() {
        IOException e = assertThrows(IOException.class, () -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE codebook [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <codebook xmlns="urn:tillit:codebook:1">&x;</codebook>
                """));
        assertTrue(e.getMessage().contains("not well-formed") || e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesSetsNamingUnknownCodes() {
        IOException e = assertThrows(IOException.class, () -> read("""
                <codebook xmlns="urn:tillit:codebook:1">
                  <set guid="00000000-0000-0000-0000-000000000009"><label lang="en">S</label>
                    <member guid="00000000-0000-0000-0000-000000000404"/></set>
                </codebook>
                """));
        assertTrue(e.getMessage().contains("unknown code"), e.getMessage());
    }
}
