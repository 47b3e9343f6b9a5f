package org.tillit.ui.progress;

/** A job that says in its own words what it did, for the status bar once it is done ("Imported 3 documents"). */
public interface NamedWhenDone {

    String doneName();
}
