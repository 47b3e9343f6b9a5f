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
    /** A note with its name before it, for the project memo where nothing else says what it was about. */
    private final Map<String, String> titledByGuid = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    /** The descriptions memos were made of: a note that repeats one (Tillit's export writes both) adds nothing. */
    private final Set<String> described = new LinkedHashSet<>();

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
                String plain = LineEndings.of(text.strip()).text();
                read.textByGuid.put(note.guid(), plain);
                read.titledByGuid.put(note.guid(), note.name() == null || note.name().isBlank() ? plain
                        : note.name().strip() + ": " + plain);
            }
        }
        return read;
    }

    /** A description followed by the texts of the notes referred to, as one memo (null when empty). */
    public String memo(String description, List<String> noteGuids) {
        List<String> parts = new ArrayList<>();
        if (description != null && !description.isBlank()) {
            String plain = LineEndings.of(description.strip()).text();
            parts.add(plain);
            described.add(plain);
        }
        for (String guid : noteGuids) {
            String text = textByGuid.get(guid);
            if (text != null) {
                if (!parts.contains(text)) {
                    parts.add(text);
                }
                used.add(guid);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** A description read elsewhere (a case's): a note that repeats it is not added to the project memo. */
    public void described(String description) {
        if (description != null && !description.isBlank()) {
            described.add(LineEndings.of(description.strip()).text());
        }
    }

    /** The notes no element referred to so far (with their names), except those that repeat a description. */
    public List<String> unused() {
        return titledByGuid.entrySet().stream()
                .filter(e -> !used.contains(e.getKey()) && !described.contains(textByGuid.get(e.getKey())))
                .map(Map.Entry::getValue).toList();
    }
}
