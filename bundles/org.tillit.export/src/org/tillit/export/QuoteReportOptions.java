package org.tillit.export;

import org.tillit.model.codebook.Language;

/**
 * The choices a quote report leaves to the user: how quotes are cited, which names are replaced,
 * and whether the codes' definitions and memos, the counts per group and the interviewer's question
 * before each answer are included; definitions in this language.
 */
public record QuoteReportOptions(CitationTemplate citation, Pseudonyms pseudonyms, boolean definitions, boolean memos,
        boolean counts, boolean questions, Language language) {

    public static QuoteReportOptions standard(CitationTemplate citation, Language language) {
        return new QuoteReportOptions(citation, Pseudonyms.NONE, false, false, true, false, language);
    }

    public QuoteReportOptions with(Pseudonyms names) {
        return new QuoteReportOptions(citation, names, definitions, memos, counts, questions, language);
    }

    public QuoteReportOptions definitionsAndMemos(boolean withDefinitions, boolean withMemos) {
        return new QuoteReportOptions(citation, pseudonyms, withDefinitions, withMemos, counts, questions, language);
    }

    public QuoteReportOptions counts(boolean withCounts) {
        return new QuoteReportOptions(citation, pseudonyms, definitions, memos, withCounts, questions, language);
    }

    public QuoteReportOptions questions(boolean withQuestions) {
        return new QuoteReportOptions(citation, pseudonyms, definitions, memos, counts, withQuestions, language);
    }
}
