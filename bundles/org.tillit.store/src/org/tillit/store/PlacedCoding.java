package org.tillit.store;

import org.tillit.model.Coding;
import org.tillit.model.Document;

/** A coding and the document it belongs in, kept while the coding is out of the project. */
public record PlacedCoding(Coding coding, Document document) {
}
