package org.tillit.model.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tillit.model.TillitFactory;
import org.tillit.model.Turn;

/**
 * Finds speaker turns in a transcript: a speaker label at the start of a line ("I:", "IP:",
 * "Intervjuare:", "Respondent:", "Anna:"), optionally with a time stamp before or after it
 * ("[00:12:31]", "(00:12)", "00:12:31"). Names other than the usual interview labels count only
 * when they recur, so a sentence such as "Det var så här: ..." is not taken for a speaker.
 */
public final class TranscriptTurns {

    private static final String TIME = "(?:\\[(\\d{1,2}:\\d{2}(?::\\d{2})?)\\]|\\((\\d{1,2}:\\d{2}(?::\\d{2})?)\\)|(\\d{1,2}:\\d{2}(?::\\d{2})?))";
    private static final Pattern TURN = Pattern.compile("^[ \\t]*(?:" + TIME + "[ \\t]*)?"
            + "([\\p{L}][\\p{L}\\p{N}]*(?:[ .'’-][\\p{L}\\p{N}]+){0,2})[ \\t]*:[ \\t]*(?:" + TIME + ")?",
            Pattern.MULTILINE);
    private static final Set<String> USUAL_LABELS = Set.of("i", "ip", "i1", "i2", "r", "r1", "r2", "int",
            "intervjuare", "intervjuaren", "respondent", "respondenten", "interviewer", "interviewee", "informant",
            "moderator", "m", "k", "f", "d");

    private TranscriptTurns() {
    }

    /** The turns in text order; each runs to the next turn or the end. Empty for a non-transcript. */
    public static List<Turn> find(String text) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TURN.matcher(text);
        // A turn starts at a line start and ends within its line: trying each line start alone is
        // what find() does, without testing every other position of a long transcript.
        for (int lineStart = 0; lineStart < text.length();) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (m.region(lineStart, lineEnd).lookingAt()) {
                String speaker = m.group(4).strip();
                String time = first(m.group(1), m.group(2), m.group(3), m.group(5), m.group(6), m.group(7));
                candidates.add(new Candidate(speaker, m.start(), time));
                counts.merge(speaker.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            lineStart = lineEnd + 1;
        }
        List<Candidate> accepted = candidates.stream().filter(c -> isSpeaker(c.speaker(), counts)).toList();
        List<Turn> turns = new ArrayList<>();
        // Counted on from the last position: from the text's start each time, a long transcript
        // with many turns took quadratic time (a text edit derives its turns again).
        int utf16 = 0;
        int codePoint = 0;
        for (int i = 0; i < accepted.size(); i++) {
            Candidate c = accepted.get(i);
            int endUtf16 = i + 1 < accepted.size() ? accepted.get(i + 1).utf16Start() : text.length();
            Turn turn = TillitFactory.eINSTANCE.createTurn();
            turn.setSpeaker(c.speaker());
            codePoint += Character.codePointCount(text, utf16, c.utf16Start());
            utf16 = c.utf16Start();
            turn.setStart(codePoint);
            int trimmedEnd = trimEnd(text, c.utf16Start(), endUtf16);
            codePoint += Character.codePointCount(text, utf16, trimmedEnd);
            utf16 = trimmedEnd;
            turn.setEnd(codePoint);
            turn.setTimestamp(c.timestamp());
            turns.add(turn);
        }
        return turns;
    }

    private static boolean isSpeaker(String speaker, Map<String, Integer> counts) {
        String key = speaker.toLowerCase(Locale.ROOT);
        return USUAL_LABELS.contains(key) || counts.getOrDefault(key, 0) >= 2;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private record Candidate(String speaker, int utf16Start, String timestamp) {
    }
}
