package org.tillit.model.text;

import java.util.Locale;
import java.util.Set;

/**
 * Who speaks in a transcript turn: the interviewer's labels, so that the editor can dim those turns
 * and "respondents only" in a query leaves them out.
 */
public final class Speakers {

    // Only labels that always mean the interviewer: "M" or "K" may be a respondent's initial.
    private static final Set<String> INTERVIEWER_LABELS = Set.of("i", "i1", "i2", "int", "intervjuare",
            "intervjuaren", "interviewer", "moderator");

    private Speakers() {
    }

    /** Whether a speaker label is the usual label of the one who asks ("I", "Intervjuare", "Interviewer"). */
    public static boolean isInterviewer(String speaker) {
        return speaker != null && INTERVIEWER_LABELS.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }
}
