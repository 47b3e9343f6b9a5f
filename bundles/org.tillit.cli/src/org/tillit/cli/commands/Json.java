package org.tillit.cli.commands;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON output: one line, every field present (null when unset), characters as they are. */
final class Json {

    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    static final String FORMAT_OPTION = "format";
    static final String TEXT = "text";
    static final String JSON = "json";

    private Json() {
    }
}
