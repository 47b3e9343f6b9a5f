package org.tillit.ui.retrieval;

import org.tillit.model.Code;

/** A view of coded segments that follows the code selected in the Codebook view and asks again when the project changes. */
public interface CodedSegmentsView {

    /** The code selected in the Codebook view. */
    void choose(Code code);

    /** Asks again: the codings, the codebook or the attributes changed. */
    void refresh();

    void setFocus();
}
