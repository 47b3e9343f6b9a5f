package org.tillit.query;

/**
 * One code in one group: its segments, the documents and cases (respondents) they come from,
 * their characters, the share of the group's cases with the code, and the respondent check's
 * reason when the cell rests on too few of them (null when it does not).
 */
public record Cell(int segments, int documents, int cases, long characters, double casesPercent, String flag) {

    public double value(Unit unit) {
        return switch (unit) {
            case SEGMENTS -> segments;
            case DOCUMENTS -> documents;
            case CASES -> cases;
            case CHARACTERS -> characters;
        };
    }

    public boolean flagged() {
        return flag != null;
    }
}
