package org.tillit.exchange.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tillit.exchange.reading.RefiRecords.Note;

/**
 * The project's notes by GUID. Tillit has no notes of their own: a note becomes part of the memo
 * of what refers to it (code, document, coding), after that element's description; notes nobody
 * refers to go to the project memo.
 */
public final class Notes {

    private final Map<String, String> textByGuid = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    private Notes() {
    }

    /** Reads the notes' texts: inline, or from the archive when given by path. */
    public static Notes of(List<Note> notes, SafeArchive archive) throws RefiReadException {
        Notes read = new Notes();
        for (Note note : notes) {
            String text = note.plainTextContent();
            if ((text == null || text.isBlank()) && note.plainTextPath() != null && archive != null) {
                byte[] bytes = archive.referenced(note.plainTextPath()).orElse(null);
                text = bytes == null ? null : SourceTexts.utf8(bytes);
            }
            if (text != null && !text.isBlank()) {
                String titled = note.name() == null || note.name().isBlank() ? text.strip()
                        : note.name().strip() + ": " + text.strip();
                read.textByGuid.put(note.guid(), LineEndings.of(titled).text());
            }
        }
        return read;
    }

    /** A description followed by the texts of the notes referred to, as one memo (null when empty). */
    public String memo(String description, List<String> noteGuids) {
        List<String> parts = new ArrayList<>();
        if (description != null && !description.isBlank()) {
            parts.add(LineEndings.of(description.strip()).text());
        }
        for (String guid : noteGuids) {
            String text = textByGuid.get(guid);
            if (text != null) {
                parts.add(text);
                used.add(guid);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The notes no element referred to so far. */
    public List<String> unused() {
        return textByGuid.entrySet().stream().filter(e -> !used.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
