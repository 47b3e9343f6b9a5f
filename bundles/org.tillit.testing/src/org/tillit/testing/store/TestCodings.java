package org.tillit.testing.store;

import java.util.Date;
import java.util.UUID;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.TillitFactory;

/** New codings for tests, as the commands make them (a fresh guid, created now). */
public final class TestCodings {

    private TestCodings() {
    }

    /** A coding of the code on the range (code points, end exclusive), not yet in any document. */
    public static Coding coding(Code code, int start, int end) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(new Date());
        return coding;
    }
}
