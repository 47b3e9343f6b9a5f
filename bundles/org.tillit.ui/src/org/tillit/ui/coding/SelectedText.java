package org.tillit.ui.coding;

import org.tillit.model.Document;

/** Text selected in a coding editor and dragged onto a code: the range in code points. */
public record SelectedText(Document document, int start, int end) {
}
