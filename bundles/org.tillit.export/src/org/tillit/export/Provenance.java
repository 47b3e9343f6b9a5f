package org.tillit.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export came from, written into it so that a table in an article can be traced and
 * made again: the question (what was exported, which codes, groups, filters and unit, in the
 * order the user gave them), the project's state when it was made, and Tillit's version.
 */
public record Provenance(Map<String, String> query, Instant made, ProjectState project, String tillitVersion) {

    public Provenance {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }
}
