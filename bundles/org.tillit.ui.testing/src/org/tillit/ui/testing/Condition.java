package org.tillit.ui.testing;

import java.util.function.BooleanSupplier;

/** Something a test waits for, with words for the failure message when it never comes. */
public interface Condition {

    /** Evaluated on the UI thread. */
    boolean test();

    String describe();

    static Condition of(String description, BooleanSupplier test) {
        return new Condition() {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
