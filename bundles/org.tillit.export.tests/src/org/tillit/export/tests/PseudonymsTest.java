package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.ExportException;
import org.tillit.export.Pseudonyms;

class PseudonymsTest {

    @TempDir
    Path temp;

    @Test
    void wholeWordsAreReplacedWhateverTheirCaseAndCounted() {
        Pseudonyms pseudonyms = Pseudonyms.of(Map.of("Anna", "Person A", "Åsa", "Person B"));
        assertEquals("Person A sa till Person A att Annas bil och Annika... ÅSAS Person B.",
                pseudonyms.apply("Anna sa till ANNA att Annas bil och Annika... ÅSAS åsa."));
        assertEquals(3, pseudonyms.replacements());
    }

    @Test
    void swedishLettersAreLettersSoAPartOfAWordIsNotAName() {
        Pseudonyms pseudonyms = Pseudonyms.of(Map.of("Åke", "X"));
        assertEquals("Åkesson och X, xÅke och X.", pseudonyms.apply("Åkesson och Åke, xÅke och åke."));
        assertEquals(2, pseudonyms.replacements());
    }

    @Test
    void longerNamesComeFirst() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Anna", "A");
        names.put("Anna-Karin", "AK");
        Pseudonyms pseudonyms = Pseudonyms.of(names);
        assertEquals("AK och A", pseudonyms.apply("Anna-Karin och Anna"));
    }

    @Test
    void aListSavedByASwedishExcelIsReadWithItsHeaderAndByteOrderMark() throws Exception {
        Path list = temp.resolve("pseudonymer.csv");
        Files.writeString(list, "\uFEFFnamn;pseudonym\r\nKarin Ek;Enhetschef 3\r\nBo;Medarbetare 7\r\n", StandardCharsets.UTF_8);
        Pseudonyms pseudonyms = Pseudonyms.read(list);
        assertEquals(2, pseudonyms.size());
        assertEquals("Enhetschef 3 och Medarbetare 7", pseudonyms.apply("Karin Ek och Bo"));
    }

    @Test
    void aRowWithoutAPseudonymIsRefusedNamingTheFileAndRow() throws Exception {
        Path list = temp.resolve("fel.csv");
        Files.writeString(list, "Karin,Person A\nBo\n", StandardCharsets.UTF_8);
        ExportException refused = assertThrows(ExportException.class, () -> Pseudonyms.read(list));
        assertTrue(refused.getMessage().contains("fel.csv") && refused.getMessage().contains("2"), refused.getMessage());
    }

    @Test
    void noListChangesNothing() {
        assertEquals("Anna", Pseudonyms.NONE.apply("Anna"));
    }
}
