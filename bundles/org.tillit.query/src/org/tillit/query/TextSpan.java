package org.tillit.query;

import org.tillit.model.Document;

/** A range of a document to code: code points from 0, end exclusive. Input for commands, not a view result. */
public record TextSpan(Document document, int start, int end) {
}
