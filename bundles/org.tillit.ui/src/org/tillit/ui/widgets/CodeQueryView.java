package org.tillit.ui.widgets;

import org.tillit.model.Code;

/** A view's widgets that answer a question about the code selected in the Codebook view. */
public interface CodeQueryView {

    /** The Codebook view selected this code. */
    void choose(Code code);

    /** Asks again: the project changed. */
    void refresh();

    void setFocus();
}
