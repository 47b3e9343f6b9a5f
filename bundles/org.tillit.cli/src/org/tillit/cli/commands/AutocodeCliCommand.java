package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.commands.AutocodeCommand;
import org.tillit.commands.CommandFailedException;
import org.tillit.query.Autocoding;
import org.tillit.query.ContextSpec;
import org.tillit.query.Extension;
import org.tillit.query.TextSearch;
import org.tillit.query.TextSpan;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectStore;

/**
 * {@code autocode}: codes every hit of a search (widened to its sentence, paragraph or turn) or
 * every turn of a speaker with a code, creating the code path if need be, as one undoable step
 * (the same command the workbench would undo).
 */
public final class AutocodeCliCommand extends ProjectCliCommand {

    private static final String SEARCH = "search";
    private static final String SPEAKER = "speaker";
    private static final String EXTEND = "extend";
    /** Whose codings these are; the workbench takes it from the preferences, the command line from here. */
    private static final String AS = "as";

    public AutocodeCliCommand(CliServices services) {
        super("autocode", Messages.Autocode_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Autocode_usageHead + PROJECT_USAGE + Messages.Autocode_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args,
                Set.of(PROJECT, QueryOptions.CODE, SEARCH, SPEAKER, EXTEND, QueryOptions.WHERE, AS),
                Set.of(SearchCommand.WHOLE_WORD, SearchCommand.REGEX, SearchCommand.CASE_SENSITIVE, SearchCommand.ANY_WORD))
                .noPositionals();
        String path = arguments.required(QueryOptions.CODE);
        if (arguments.option(SEARCH).isPresent() == arguments.option(SPEAKER).isPresent()) {
            throw CliException.usage(Messages.Autocode_searchOrSpeaker);
        }
        Extension extension = Extension.valueOf(arguments.choice(EXTEND, List.of("none", "sentence", "paragraph", "turn"),
                "none").toUpperCase(Locale.ROOT));
        CoderIdentity coder = arguments.option(AS).map(AutocodeCliCommand::coder).orElse(null);
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            if (coder != null) {
                store.useCoder(coder);
            }
            List<TextSpan> spans = spans(store, arguments, extension);
            AutocodeCommand command = new AutocodeCommand(store, path, spans);
            try {
                command.execute();
            } catch (CommandFailedException | IllegalArgumentException e) {
                throw CliException.failure(e.getMessage(), e);
            }
            boolean one = command.codingCount() == 1;
            String done = command.createdCodes() ? (one ? Messages.Autocode_doneOneNewCode : Messages.Autocode_doneNewCode)
                    : (one ? Messages.Autocode_doneOne : Messages.Autocode_done);
            out.println(NLS.bind(done, command.codingCount(), path));
        }
        return OK;
    }

    private static CoderIdentity coder(String name) {
        if (name.isBlank()) {
            throw CliException.usage(Messages.Autocode_blankCoder);
        }
        return new CoderIdentity(name);
    }

    private static List<TextSpan> spans(ProjectStore store, Arguments arguments, Extension extension) {
        String speaker = arguments.option(SPEAKER).orElse(null);
        if (speaker != null) {
            List<TextSpan> turns = Autocoding.turnsOf(store, speaker);
            if (turns.isEmpty()) {
                throw CliException.failure(NLS.bind(Messages.Autocode_noSuchSpeaker, speaker, speakers(store)), null);
            }
            return turns;
        }
        var spec = SearchCommand.spec(arguments.option(SEARCH).orElseThrow(), arguments)
                .where(QueryOptions.where(store, arguments)).context(ContextSpec.NONE);
        return QueryOptions.asked(() -> Autocoding.spans(store, TextSearch.search(store, spec), extension));
    }

    private static String speakers(ProjectStore store) {
        return String.join(", ", Autocoding.speakers(store).keySet());
    }
}
