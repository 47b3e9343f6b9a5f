package org.tillit.ui.search;

import java.util.List;

import org.tillit.query.TextSpan;

/** What an autocode dialog asks for: the ranges to code and the path of the code to code them with. */
record AutocodeRequest(String codePath, List<TextSpan> spans) {

    AutocodeRequest {
        spans = List.copyOf(spans);
    }
}
