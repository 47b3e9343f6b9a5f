package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.codebook.CodebookReader;
import org.tillit.model.codebook.CodebookTemplate;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

/** The preloaded TBSL codebook covers what the codebook brief asks for. */
class TbslCodebookTest {

    private final CodebookTemplate tbsl = CodebookReader.tbsl();

    @Test
    void hasTheNineGroupsAsNonCodableTopLevelCodes() {
        List<String> groups = tbsl.codebook().getCodes().stream().map(c -> Labels.label(c, Language.EN)).toList();
        assertEquals(9, groups.size(), groups.toString());
        assertEquals("Principles", groups.get(0));
        assertTrue(groups.contains("Peer review"), groups.toString());
        assertTrue(groups.contains("Need for support"), groups.toString());
        tbsl.codebook().getCodes().forEach(group -> assertFalse(group.isCodable(), group.getLabelEn()));
    }

    @Test
    void hasTheEightPrinciplesAndAtLeast45CodableCodes() {
        Code principles = tbsl.codebook().getCodes().get(0);
        assertEquals(List.of("Tillit", "Medborgarfokus"), principles.getChildren().subList(0, 2).stream()
                .map(Code::getLabelSv).toList());
        assertEquals(8, principles.getChildren().size());
        assertTrue(allCodes().stream().filter(Code::isCodable).count() >= 45);
    }

    @Test
    void everyCodeIsBilingualWithDefinitionColourAndValidGuid() {
        Set<String> guids = new HashSet<>();
        for (Code code : allCodes()) {
            String name = code.getLabelEn();
            assertFalse(code.getLabelSv().isBlank(), name);
            assertFalse(code.getLabelEn().isBlank(), name);
            assertFalse(code.getDefinitionSv().isBlank(), name);
            assertFalse(code.getDefinitionEn().isBlank(), name);
            assertTrue(code.getColor().matches("#[0-9A-F]{6}"), name + " " + code.getColor());
            assertTrue(guids.add(code.getGuid()), "duplicate guid " + code.getGuid());
            assertEquals(code.getGuid(), UUID.fromString(code.getGuid()).toString());
        }
    }

    @Test
    void setsShowSharedConceptsWithoutDuplicatingCodes() {
        assertFalse(tbsl.codebook().getSets().isEmpty());
        for (CodeSet set : tbsl.codebook().getSets()) {
            assertFalse(set.getMembers().isEmpty(), set.getLabelEn());
            set.getMembers().forEach(member -> assertTrue(
                    EcoreUtil.isAncestor(tbsl.codebook(), member), member.getLabelEn() + " is in the tree"));
        }
        List<String> labels = allCodes().stream().filter(Code::isCodable).map(Code::getLabelSv).toList();
        assertEquals(labels.size(), new HashSet<>(labels).size(), "no codable concept appears twice");
    }

    @Test
    void presetsTheStudyAttributes() {
        List<String> names = tbsl.attributes().stream().map(AttributeDefinition::getNameEn).toList();
        assertTrue(names.containsAll(List.of("Role", "Organisation", "Sector", "Interview date")), names.toString());
        AttributeDefinition role = tbsl.attributes().get(names.indexOf("Role"));
        assertEquals(AttributeType.CATEGORY, role.getType());
        assertTrue(role.getAllowedValues().contains("Medarbetare"), role.getAllowedValues().toString());
        assertEquals(AttributeType.DATE, tbsl.attributes().get(names.indexOf("Interview date")).getType());
    }

    private List<Code> allCodes() {
        List<Code> codes = new ArrayList<>();
        tbsl.codebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code) {
                codes.add(code);
            }
        });
        return codes;
    }
}
