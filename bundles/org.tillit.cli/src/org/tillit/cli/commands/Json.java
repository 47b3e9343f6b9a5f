package org.tillit.cli.commands;

import java.util.List;

import org.tillit.cli.Arguments;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON output: one line, every field present (null when unset), characters as they are. */
final class Json {

    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** The option {@code --format text|json}. */
    static final String FORMAT_OPTION = "format";

    private Json() {
    }

    /** Whether --format asks for JSON rather than text (the default). */
    static boolean isWanted(Arguments arguments) {
        return arguments.choice(FORMAT_OPTION, List.of("text", "json"), "text").equals("json");
    }
}
