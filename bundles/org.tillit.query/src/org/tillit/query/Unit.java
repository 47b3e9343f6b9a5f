package org.tillit.query;

/** What a comparison cell counts. */
public enum Unit {
    SEGMENTS, DOCUMENTS, CASES, CHARACTERS
}
