package org.tillit.model.codebook;

import java.util.Locale;

/** The languages Tillit's bilingual codebook carries labels and definitions in. */
public enum Language {
    SV("sv"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language for a tag such as "sv" or "en-GB"; English for anything else. */
    public static Language fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("sv") ? SV : EN;
    }
}
