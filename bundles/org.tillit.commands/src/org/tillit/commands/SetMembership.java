package org.tillit.commands;

import org.tillit.model.Code;
import org.tillit.model.CodeSet;

/** A code's place in a code set, kept to put it back. */
record SetMembership(CodeSet set, Code code, int index) {
}
