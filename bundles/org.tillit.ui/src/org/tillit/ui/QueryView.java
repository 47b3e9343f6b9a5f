package org.tillit.ui;

import org.tillit.model.Code;

/** A view that asks the project about a code: the retrieval, the quote matrix, the comparison... */
public interface QueryView {

    /** The user chose this code (in the Codebook view). */
    void choose(Code code);

    /** The project changed: ask again. */
    void refresh();

    void setFocus();
}
