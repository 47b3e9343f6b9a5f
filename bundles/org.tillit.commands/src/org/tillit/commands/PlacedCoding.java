package org.tillit.commands;

import org.tillit.model.Coding;
import org.tillit.model.Document;

/** A coding and the document it belongs in, kept while the coding is out of the project. */
record PlacedCoding(Coding coding, Document document) {
}
