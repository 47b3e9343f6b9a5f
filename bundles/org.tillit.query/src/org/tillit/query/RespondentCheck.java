package org.tillit.query;

/**
 * When a comparison cell rests on too few respondents to be read as the group's: one case supplies
 * more than {@code maxCaseShare} of its segments, or fewer than {@code minCases} cases of the
 * group have the code. Empty cells are not flagged: zero speaks for itself.
 */
public record RespondentCheck(double maxCaseShare, int minCases) {

    /** 40 % and three cases, the defaults of the issue (later preferences). */
    public static final RespondentCheck DEFAULT = new RespondentCheck(0.40, 3);
}
