package org.tillit.model.attributes;

/**
 * A value that does not fit its attribute, with a reason a researcher can act on (in the user
 * interface's language), e.g. "'3,x' is not a number".
 */
public final class ValueProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ValueProblem(String reason) {
        super(reason);
    }
}
