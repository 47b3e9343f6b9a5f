package org.tillit.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tillit.query.ContextSpec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * An export's question as the command line asks it ({@code export KIND --code=... --by=...}), so
 * that an export made anywhere, in the workbench too, records arguments from which
 * {@code ./tillit export --replay} makes it again. The option names are the command line's; its
 * tests parse what this class builds, for every kind, so the two cannot drift apart.
 */
public final class ExportArguments {

    public static final String SEGMENTS = "segments";
    public static final String COMPARE = "compare";
    public static final String QUOTES = "quotes";
    public static final String COOCCURRENCE = "cooccurrence";
    public static final String AGREEMENT = "agreement";
    public static final String SEARCH = "search";
    public static final String CODEBOOK = "codebook";

    /** Where a record keeps the kind and the arguments (as a JSON list), among the query's fields. */
    public static final String KIND_FIELD = "export";
    public static final String ARGUMENTS_FIELD = "arguments";

    public static final String CODE = "code";
    public static final String CODES = "codes";
    public static final String CODERS = "coders";
    /** Only this coder's codings (segments, compare, quotes). */
    public static final String CODER = "coder";
    public static final String WITH_SUBCODES = "with-subcodes";
    public static final String RESPONDENTS_ONLY = "respondents-only";
    public static final String LANG = "lang";
    public static final String CONTAINS = "contains";
    public static final String CONTEXT = "context";
    public static final String WHERE = "where";
    public static final String DOCUMENTS = "documents";
    public static final String BY = "by";
    public static final String BANDS = "bands";
    public static final String BY_CODE_SETS = "by-code-sets";
    public static final String BY_DOCUMENTS = "by-documents";
    public static final String ONLY_CODED = "only-coded";
    public static final String MAX_CASE_SHARE = "max-case-share";
    public static final String MIN_CASES = "min-cases";
    public static final String PROXIMITY = "proximity";
    public static final String CHARACTERS = "characters";
    public static final String TEXT = "text";
    public static final String WHOLE_WORD = "whole-word";
    public static final String CASE_SENSITIVE = "case-sensitive";
    public static final String REGEX = "regex";
    public static final String ANY_WORD = "any-word";
    public static final String CITATION = "citation";
    public static final String PSEUDONYMS = "pseudonyms";
    public static final String EXCEL = "excel";
    public static final String DEFINITIONS = "definitions";
    public static final String MEMOS = "memos";
    public static final String QUESTIONS = "questions";
    public static final String NO_COUNTS = "no-counts";
    public static final String CHART = "chart";
    public static final String CHART_UNIT = "chart-unit";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final String kind;
    private final List<String> given;

    private ExportArguments(String kind, List<String> given) {
        this.kind = kind;
        this.given = List.copyOf(given);
    }

    public static ExportArguments of(String kind) {
        return new ExportArguments(kind, List.of());
    }

    public String kind() {
        return kind;
    }

    /** The arguments after the kind, each {@code --name=value} or {@code --flag}. */
    public List<String> given() {
        return given;
    }

    /** With {@code --name=value}; nothing when the value is null or blank (the option's default). */
    public ExportArguments option(String name, String value) {
        return value == null || value.isBlank() ? this : with("--" + name + "=" + value);
    }

    /** With {@code --name} when {@code on}. */
    public ExportArguments flag(String name, boolean on) {
        return on ? with("--" + name) : this;
    }

    /** With {@code --context=none|paragraph|turn|N}, as the command line reads it. */
    public ExportArguments context(ContextSpec context) {
        String value = switch (context.kind()) {
            case NONE -> "none";
            case PARAGRAPH -> "paragraph";
            case TURN -> "turn";
            default -> String.valueOf(context.characters());
        };
        return option(CONTEXT, value);
    }

    /** Puts the kind and the arguments (JSON) among a record's query fields. */
    public void recordIn(Map<String, String> query) {
        query.put(KIND_FIELD, kind);
        query.put(ARGUMENTS_FIELD, GSON.toJson(given));
    }

    private ExportArguments with(String argument) {
        List<String> more = new ArrayList<>(given);
        more.add(argument);
        return new ExportArguments(kind, more);
    }

    @Override
    public String toString() {
        return kind + " " + String.join(" ", given);
    }
}
