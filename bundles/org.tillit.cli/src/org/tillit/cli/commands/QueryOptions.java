package org.tillit.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.l10n.Messages;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.Condition;
import org.tillit.query.ContextSpec;
import org.tillit.query.QueryException;
import org.tillit.query.WhereParser;
import org.tillit.store.ProjectStore;

/**
 * The options the query commands share (--code, --codes, --where, --by, --context), read against
 * the open project. A name that does not exist is one line naming those that do (exit 1).
 */
final class QueryOptions {

    static final String CODE = "code";
    static final String CODES = "codes";
    static final String CODER = "coder";
    static final String WHERE = "where";
    static final String BY = "by";
    static final String CONTEXT = "context";
    static final String WITH_SUBCODES = "with-subcodes";
    static final String DOCUMENTS = "documents";
    static final String CASES = "cases";

    private QueryOptions() {
    }

    /** Runs a query-layer call; its mistakes (unknown names, a bad expression) become one line. */
    static <T> T asked(Supplier<T> question) {
        try {
            return question.get();
        } catch (QueryException e) {
            throw CliException.failure(e.getMessage(), null);
        }
    }

    static Language language(ProjectStore store) {
        return Language.fromTag(store.read(p -> p.getLanguage()));
    }

    /** The code at one path ("Principer/Tillit"); a path that names none, or several, is refused with a message. */
    static Code code(ProjectStore store, String path) {
        Language language = language(store);
        return asked(() -> store.read(p -> CodePaths.find(p.getCodebook(), path.strip(), language)));
    }

    /** The codes of a comma-separated list of paths ("Principer/Tillit,Stöd"); empty when absent. */
    static List<Code> codes(ProjectStore store, String paths) {
        List<Code> codes = new ArrayList<>();
        if (paths != null) {
            Language language = language(store);
            for (String path : paths.split(",")) {
                if (!path.isBlank()) {
                    codes.add(asked(() -> store.read(p -> CodePaths.find(p.getCodebook(), path.strip(), language))));
                }
            }
        }
        return codes;
    }

    /**
     * The rows a comparison or co-occurrence asks for: the codes of --codes, and the code of --code
     * with its sub-codes (as the workbench's views ask); every code when neither is given.
     */
    static List<Code> rows(ProjectStore store, Arguments arguments) {
        List<Code> rows = codes(store, arguments.option(CODES).orElse(null));
        arguments.option(CODE).ifPresent(path -> codes(store, path)
                .forEach(code -> store.read(p -> CodeTree.subtree(code)).forEach(rows::add)));
        return rows;
    }

    /** The code sets of a comma-separated list of their labels. */
    static List<CodeSet> codeSets(ProjectStore store, String labels) {
        Language language = language(store);
        List<CodeSet> sets = new ArrayList<>();
        for (String label : labels.split(",")) {
            if (!label.isBlank()) {
                sets.add(asked(() -> store.read(p -> CodePaths.findSet(p.getCodebook(), label, language))));
            }
        }
        return sets;
    }

    /** The documents of a comma-separated list of their names (with or without the extension). */
    static List<Document> documents(ProjectStore store, String names) {
        return named(store.documents(), names, Document::getName, Messages.Query_unknownDocument);
    }

    /** The cases of a comma-separated list of their names. */
    static List<Case> cases(ProjectStore store, String names) {
        return named(store.read(p -> List.copyOf(p.getCases())), names, Case::getName, Messages.Query_unknownCase);
    }

    private static <T> List<T> named(List<T> all, String names, Function<T, String> nameOf, String unknown) {
        List<T> found = new ArrayList<>();
        for (String name : names.split(",")) {
            String wanted = name.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            found.add(all.stream().filter(item -> matches(nameOf.apply(item), wanted)).findFirst()
                    .orElseThrow(() -> CliException.failure(NLS.bind(unknown, wanted,
                            String.join(", ", all.stream().map(nameOf).toList())), null)));
        }
        return found;
    }

    private static boolean matches(String name, String wanted) {
        if (name == null) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return name.equalsIgnoreCase(wanted) || dot > 0 && name.substring(0, dot).equalsIgnoreCase(wanted);
    }

    static Condition where(ProjectStore store, Arguments arguments) {
        String expression = arguments.option(WHERE).orElse("");
        return asked(() -> WhereParser.parse(expression, definitions(store)));
    }

    static AttributeDefinition attribute(ProjectStore store, String name) {
        return asked(() -> WhereParser.attribute(name, definitions(store)));
    }

    private static List<AttributeDefinition> definitions(ProjectStore store) {
        return store.read(p -> List.copyOf(p.getAttributeDefinitions()));
    }

    /** --context none|paragraph|turn|N (N characters around); {@code fallback} when absent. */
    static ContextSpec context(Arguments arguments, ContextSpec fallback) {
        String value = arguments.option(CONTEXT).orElse(null);
        if (value == null) {
            return fallback;
        }
        switch (value) {
            case "none" -> {
                return ContextSpec.NONE;
            }
            case "paragraph" -> {
                return ContextSpec.PARAGRAPH;
            }
            case "turn" -> {
                return ContextSpec.TURN;
            }
            default -> {
                try {
                    return ContextSpec.characters(Integer.parseUnsignedInt(value));
                } catch (NumberFormatException e) {
                    throw CliException.usage(NLS.bind(Messages.Query_badContext, value));
                }
            }
        }
    }
}
