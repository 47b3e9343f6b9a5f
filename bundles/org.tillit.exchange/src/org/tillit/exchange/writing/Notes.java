package org.tillit.exchange.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.stream.XMLStreamException;

/**
 * Tillit's memos as REFI-QDA notes: where a memo's owner is written it gets a NoteRef, and the
 * notes themselves are written together later, in the project's Notes (after the sources, as the
 * schema orders them). Each note's GUID is derived from its owner's, so it is stable.
 */
final class Notes {

    private record Note(String guid, String name, String text) {
    }

    private final List<Note> notes = new ArrayList<>();

    /** Writes a NoteRef to the owner's memo and keeps the note; nothing when the memo is empty. */
    void refer(XmlOut out, String ownerGuid, String name, String memo) throws XMLStreamException {
        refer(out, ownerGuid, () -> name, memo);
    }

    /** As {@link #refer(XmlOut, String, String, String)}, the name made only for a memo (most codings have none). */
    void refer(XmlOut out, String ownerGuid, Supplier<String> name, String memo) throws XMLStreamException {
        if (memo == null || memo.isBlank()) {
            return;
        }
        String guid = keep(ownerGuid, name.get(), memo);
        if (guid != null) {
            out.reference("NoteRef", guid);
        }
    }

    /** Keeps the owner's memo as a note to be written; its GUID, or null when the memo is empty. */
    String keep(String ownerKey, String name, String memo) {
        if (memo == null || memo.isBlank()) {
            return null;
        }
        Note note = new Note(Guids.derived("note", ownerKey), name, memo);
        notes.add(note);
        return note.guid();
    }

    /** The Notes element, unless no memo was referred to (the schema forbids an empty one). */
    void write(XmlOut out) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        out.start("Notes");
        for (Note note : notes) {
            out.start("Note");
            out.attribute("guid", note.guid());
            out.attribute("name", note.name());
            out.text("PlainTextContent", note.text());
            out.end();
        }
        out.end();
    }
}
