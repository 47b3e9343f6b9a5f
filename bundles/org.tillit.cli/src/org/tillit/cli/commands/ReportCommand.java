package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.store.ProjectStore;

/**
 * {@code report segments|compare|cooccurrence|agreement|disagreements}: retrieval, the code x group
 * comparison, co-occurrence, inter-coder agreement and where two coders disagree.
 */
public final class ReportCommand extends ProjectCliCommand {

    /** One kind of report: its options and how it answers. */
    interface Report {
        Set<String> options();

        /** The flags it takes besides its options: none unless it says. */
        default Set<String> flags() {
            return Set.of();
        }

        int run(ProjectStore store, Arguments arguments, PrintStream out, PrintStream err);
    }

    private static final List<String> NAMES = List.of("segments", "compare", "cooccurrence", "agreement", "disagreements");
    private static final Map<String, Report> REPORTS = Map.of(NAMES.get(0), new SegmentsReport(), NAMES.get(1),
            new CompareReport(), NAMES.get(2), new CooccurrenceReport(), NAMES.get(3), new AgreementReport(),
            NAMES.get(4), new DisagreementsReport());

    public ReportCommand(CliServices services) {
        super("report", Messages.Report_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Report_usageHead + PROJECT_USAGE + Messages.Report_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !REPORTS.containsKey(args.get(0))) {
            throw CliException.usage(args.isEmpty() ? Messages.Report_which
                    : NLS.bind(Messages.Report_unknown, args.get(0), String.join(", ", NAMES)));
        }
        Report report = REPORTS.get(args.get(0));
        Set<String> options = new HashSet<>(report.options());
        options.add(PROJECT);
        options.add(ReportTable.FORMAT);
        Arguments arguments = Arguments.parse(args.subList(1, args.size()), options, report.flags()).noPositionals();
        ReportTable.format(arguments);
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            return report.run(store, arguments, out, err);
        }
    }
}
