package org.tillit.query;

import java.util.Locale;
import java.util.Set;

/** Who asks in an interview: the labels transcripts give the interviewer, so "respondents only" leaves their turns out. */
public final class Speakers {

    // Only labels that always mean the interviewer: "M" or "K" may be a respondent's initial.
    private static final Set<String> INTERVIEWER = Set.of("i", "i1", "i2", "int", "intervjuare", "intervjuaren",
            "interviewer", "moderator");

    private Speakers() {
    }

    /** Whether the speaker label names the interviewer ("I", "Intervjuare", "Interviewer", ...). */
    public static boolean isInterviewer(String speaker) {
        return speaker != null && INTERVIEWER.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }
}
