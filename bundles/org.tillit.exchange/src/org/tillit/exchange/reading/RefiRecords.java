package org.tillit.exchange.reading;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA project or codebook says, read into immutable records before anything touches
 * the open project: GUIDs already in lower case without braces, positions as written.
 */
public final class RefiRecords {

    private RefiRecords() {
    }

    public record Code(String guid, String name, String description, String color, boolean codable,
            List<String> noteGuids, List<Code> children) {
        public Code {
            noteGuids = List.copyOf(noteGuids);
            children = List.copyOf(children);
        }
    }

    public record CodeSet(String guid, String name, String description, List<String> codeGuids) {
        public CodeSet {
            codeGuids = List.copyOf(codeGuids);
        }
    }

    /** A variable; its type as the standard names it (Text, Boolean, Integer, Float, Date, DateTime). */
    public record Variable(String guid, String name, String type, String description) {
    }

    public record Value(String variableGuid, String value) {
    }

    /** A case; {@code noteGuids}: the notes linked to it (Tillit's export links a case's memo note so). */
    public record Case(String guid, String name, String description, List<String> sourceGuids, List<Value> values,
            List<String> noteGuids) {
        public Case {
            sourceGuids = List.copyOf(sourceGuids);
            values = List.copyOf(values);
            noteGuids = List.copyOf(noteGuids);
        }

        /** The case with its memo made of its description and notes. */
        public Case withMemo(String memo) {
            return new Case(guid, name, memo, sourceGuids, values, List.of());
        }
    }

    public record Coding(String guid, String codeGuid, String userGuid, Instant created, List<String> noteGuids) {
        public Coding {
            noteGuids = List.copyOf(noteGuids);
        }
    }

    /** A range of a text source (or, when whole, the source itself) and the codings on it. */
    public record Selection(String guid, String description, long start, long end, boolean whole,
            List<Coding> codings, List<String> noteGuids) {
        public Selection {
            codings = List.copyOf(codings);
            noteGuids = List.copyOf(noteGuids);
        }
    }

    public record Source(String guid, String name, String plainTextPath, String richTextPath, String plainTextContent,
            String description, List<Selection> selections, List<String> noteGuids, List<Value> values, Instant created) {
        public Source {
            selections = List.copyOf(selections);
            noteGuids = List.copyOf(noteGuids);
            values = List.copyOf(values);
        }
    }

    /** A note: its text given inline or as a path into the archive. */
    public record Note(String guid, String name, String plainTextContent, String plainTextPath) {
    }

    /** A project; {@code created}: when the exporting program says it was made (null: not said). */
    public record Project(String name, String description, Map<String, String> userNames, List<Code> codes,
            List<CodeSet> sets, List<Variable> variables, List<Case> cases, List<Source> sources, List<Note> notes,
            List<String> noteGuids, Instant created) {
        public Project {
            // In the file's order: the users are the project's coders in that order.
            userNames = Collections.unmodifiableMap(new LinkedHashMap<>(userNames));
            codes = List.copyOf(codes);
            sets = List.copyOf(sets);
            variables = List.copyOf(variables);
            cases = List.copyOf(cases);
            sources = List.copyOf(sources);
            notes = List.copyOf(notes);
            noteGuids = List.copyOf(noteGuids);
        }

        /** The project with its cases' memos made (see {@link Case#withMemo}). */
        public Project withCases(List<Case> memoed) {
            return new Project(name, description, userNames, codes, sets, variables, memoed, sources, notes, noteGuids,
                    created);
        }
    }
}
