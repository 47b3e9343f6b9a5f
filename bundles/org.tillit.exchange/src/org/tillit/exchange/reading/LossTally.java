package org.tillit.exchange.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tillit.exchange.DataLossReport;

/** Collects, while reading, what the import leaves behind; gives it as a {@link DataLossReport}. */
public final class LossTally {

    private final Map<String, Tallied> byWhat = new LinkedHashMap<>();

    private static final class Tallied {
        int count;
        final List<String> examples = new ArrayList<>();
    }

    /** One more of this; the example (a name, a GUID) is kept when there are fewer than three. */
    public void add(String what, String example) {
        Tallied tallied = byWhat.computeIfAbsent(what, w -> new Tallied());
        tallied.count++;
        if (example != null && !example.isBlank() && tallied.examples.size() < DataLossReport.EXAMPLES
                && !tallied.examples.contains(example)) {
            tallied.examples.add(example);
        }
    }

    public DataLossReport report() {
        List<DataLossReport.Entry> entries = new ArrayList<>();
        byWhat.forEach((what, t) -> entries.add(new DataLossReport.Entry(what, t.count, t.examples)));
        return new DataLossReport(entries);
    }
}
