package org.tillit.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Document;
import org.tillit.query.l10n.Messages;

/**
 * A text search: any of the words, a phrase (its words with any white space between), or a
 * regular expression; whole words only or not; case-sensitive or not; in some documents or the
 * documents meeting an attribute condition; with context around each hit.
 */
public record SearchSpec(String text, Mode mode, boolean wholeWord, boolean caseSensitive, Set<Document> documents,
        Condition where, ContextSpec context) {

    public enum Mode {
        WORDS, PHRASE, REGEX
    }

    /** A word, or a phrase of several, case ignored, anywhere in the project, with 40 characters around. */
    public static SearchSpec of(String text) {
        return new SearchSpec(text, text.strip().contains(" ") ? Mode.PHRASE : Mode.WORDS, false, false, null,
                Condition.ALWAYS, ContextSpec.characters(40));
    }

    public SearchSpec mode(Mode how) {
        return new SearchSpec(text, how, wholeWord, caseSensitive, documents, where, context);
    }

    public SearchSpec wholeWord(boolean whole) {
        return new SearchSpec(text, mode, whole, caseSensitive, documents, where, context);
    }

    public SearchSpec caseSensitive(boolean sensitive) {
        return new SearchSpec(text, mode, wholeWord, sensitive, documents, where, context);
    }

    public SearchSpec in(Collection<Document> only) {
        Set<Document> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(only);
        return new SearchSpec(text, mode, wholeWord, caseSensitive, set, where, context);
    }

    public SearchSpec where(Condition met) {
        return new SearchSpec(text, mode, wholeWord, caseSensitive, documents, met, context);
    }

    public SearchSpec context(ContextSpec around) {
        return new SearchSpec(text, mode, wholeWord, caseSensitive, documents, where, around);
    }

    /** The pattern the search looks for; a bad regular expression is a {@link QueryException}. */
    Pattern pattern() {
        String body = switch (mode) {
            case REGEX -> text;
            case PHRASE -> String.join("\\s+", words().stream().map(Pattern::quote).toList());
            case WORDS -> String.join("|", words().stream().map(Pattern::quote).toList());
        };
        if (body.isEmpty()) {
            throw new QueryException(Messages.SearchSpec_empty);
        }
        // Word edges by letters and digits of any script: \b does not know "å" on every Java.
        String edged = wholeWord ? "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])" : body;
        try {
            return Pattern.compile(edged, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new QueryException(NLS.bind(Messages.SearchSpec_badRegex, text, e.getDescription()), e);
        }
    }

    private List<String> words() {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
