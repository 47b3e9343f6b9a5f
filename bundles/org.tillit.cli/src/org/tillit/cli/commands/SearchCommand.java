package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportArguments;
import org.tillit.query.ContextSpec;
import org.tillit.query.Hit;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.store.ProjectStore;

/** {@code search}: a word, phrase or regular expression in the text of every document. */
public final class SearchCommand extends ProjectCliCommand {

    static final String WHOLE_WORD = ExportArguments.WHOLE_WORD;
    static final String REGEX = ExportArguments.REGEX;
    static final String CASE_SENSITIVE = ExportArguments.CASE_SENSITIVE;
    static final String ANY_WORD = ExportArguments.ANY_WORD;
    static final Set<String> OPTIONS = Set.of(QueryOptions.WHERE, QueryOptions.CONTEXT, QueryOptions.DOCUMENTS);
    static final Set<String> FLAGS = Set.of(WHOLE_WORD, REGEX, CASE_SENSITIVE, ANY_WORD);

    public SearchCommand(CliServices services) {
        super("search", Messages.Search_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Search_usageHead + PROJECT_USAGE + Messages.Search_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Set<String> options = new HashSet<>(OPTIONS);
        options.addAll(Set.of(PROJECT, ReportTable.FORMAT));
        Arguments arguments = Arguments.parse(args, options, FLAGS);
        if (arguments.positionals().isEmpty()) {
            throw CliException.usage(Messages.Search_noText);
        }
        String format = ReportTable.format(arguments);
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            List<Hit> hits = hits(store, String.join(" ", arguments.positionals()), arguments);
            if (format.equals(ReportTable.TEXT)) {
                hits.forEach(h -> out.println(h.documentName() + ":" + h.line() + (h.speaker() == null ? "" : " " + h.speaker())
                        + ": " + (h.context() == null ? h.text() : h.context()).replaceAll("\\s+", " ").strip()));
            } else {
                ReportTable table = new ReportTable("document", "cases", "line", "speaker", "start", "end", "text", "context");
                hits.forEach(h -> table.add(h.documentName(), h.cases(), h.line(), h.speaker(), h.start(), h.end(), h.text(),
                        h.context()));
                table.print(format, out);
            }
            err.println(NLS.bind(Messages.Search_hitCount, hits.size()));
        }
        return OK;
    }

    /** The hits of the text as the options ask: where, in which documents, with how much context (40 characters). */
    static List<Hit> hits(ProjectStore store, String text, Arguments arguments) {
        ContextSpec context = QueryOptions.context(arguments, ContextSpec.characters(40));
        SearchSpec asked = spec(text, arguments).where(QueryOptions.where(store, arguments)).context(context);
        SearchSpec spec = arguments.option(QueryOptions.DOCUMENTS)
                .map(names -> asked.in(QueryOptions.documents(store, names))).orElse(asked);
        return QueryOptions.asked(() -> TextSearch.search(store, spec));
    }

    /** The search the flags ask for: a phrase (several words) or a word, any of the words, or a regular expression. */
    static SearchSpec spec(String text, Arguments arguments) {
        SearchSpec spec = SearchSpec.of(text).wholeWord(arguments.flag(WHOLE_WORD)).caseSensitive(arguments.flag(CASE_SENSITIVE));
        if (arguments.flag(REGEX)) {
            return spec.mode(SearchSpec.Mode.REGEX);
        }
        return arguments.flag(ANY_WORD) ? spec.mode(SearchSpec.Mode.WORDS) : spec;
    }
}
