package org.tillit.ui.export;

import java.nio.file.Path;

/** What an export wrote: the file, how many items (rows, quotes) and how many names it replaced by pseudonyms. */
public record ExportOutcome(Path file, int items, int replaced, boolean pseudonymised) {
}
