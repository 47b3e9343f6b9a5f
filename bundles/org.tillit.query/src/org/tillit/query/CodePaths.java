package org.tillit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.l10n.Messages;

/**
 * A code named by its path of labels, {@code Principer/Tillit}, in either language and any case.
 * A single label that is no top-level code names the one code anywhere with that label.
 */
public final class CodePaths {

    /** Between the labels of a path. */
    public static final String SEPARATOR = "/";

    private CodePaths() {
    }

    /** The code's path of labels joined by "/". */
    public static String of(Code code, Language language) {
        return String.join(SEPARATOR, CodeTree.path(code, language));
    }

    /** The labels of a path as written, "/" between them. */
    public static List<String> labels(String path) {
        List<String> labels = new ArrayList<>();
        for (String label : path.split(SEPARATOR)) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels;
    }

    /**
     * How far a path leads in the codebook: the deepest code found, the labels below it that are
     * missing, and the codes at the level where it stopped (for a single label that several codes
     * have, those codes).
     */
    public record Resolution(Code found, List<String> missing, List<Code> candidates, boolean ambiguous) {
        public boolean complete() {
            return missing.isEmpty() && found != null;
        }
    }

    /** Follows the path as far as it exists; with candidates the codes at the level where it stopped. */
    public static Resolution resolve(Codebook codebook, List<String> labels) {
        Code at = null;
        List<Code> level = codebook.getCodes();
        for (int i = 0; i < labels.size(); i++) {
            Optional<Code> child = named(level, labels.get(i));
            if (child.isEmpty() && i == 0 && labels.size() == 1) {
                List<Code> anywhere = CodeTree.allCodes(codebook).stream().filter(c -> matches(c, labels.get(0))).toList();
                if (anywhere.size() == 1) {
                    return new Resolution(anywhere.get(0), List.of(), List.of(), false);
                }
                if (anywhere.size() > 1) {
                    return new Resolution(null, List.copyOf(labels), anywhere, true);
                }
            }
            if (child.isEmpty()) {
                return new Resolution(at, List.copyOf(labels.subList(i, labels.size())), List.copyOf(level), false);
            }
            at = child.get();
            level = at.getChildren();
        }
        return new Resolution(at, List.of(), List.of(), false);
    }

    /** The code the path names, or a {@link QueryException} saying which labels exist where it went wrong. */
    public static Code find(Codebook codebook, String path, Language language) {
        List<String> labels = labels(path);
        Resolution resolution = resolve(codebook, labels);
        if (resolution.complete() && !labels.isEmpty()) {
            return resolution.found();
        }
        throw problem(path, resolution, language);
    }

    /** Why the path names no code: which codes there are where it went wrong, or which codes share its label. */
    public static QueryException problem(String path, Resolution resolution, Language language) {
        if (resolution.ambiguous()) {
            List<String> paths = resolution.candidates().stream().map(c -> of(c, language)).toList();
            return new QueryException(NLS.bind(Messages.CodePaths_ambiguous, path, String.join(", ", paths)));
        }
        List<String> names = resolution.candidates().stream().map(c -> Labels.label(c, language)).toList();
        String under = resolution.found() == null ? Messages.CodePaths_topLevel : of(resolution.found(), language);
        return new QueryException(NLS.bind(Messages.CodePaths_unknown, new Object[] { path, under, String.join(", ", names) }));
    }

    /** The code set with this label (either language, any case), or a {@link QueryException} naming the sets. */
    public static CodeSet findSet(Codebook codebook, String label, Language language) {
        return codebook.getSets().stream()
                .filter(set -> label.strip().equalsIgnoreCase(strip(set.getLabelSv()))
                        || label.strip().equalsIgnoreCase(strip(set.getLabelEn())))
                .findFirst().orElseThrow(() -> new QueryException(NLS.bind(Messages.CodePaths_unknownSet, label,
                        String.join(", ", codebook.getSets().stream().map(set -> Labels.label(set, language)).toList()))));
    }

    private static Optional<Code> named(List<Code> codes, String label) {
        return codes.stream().filter(c -> matches(c, label)).findFirst();
    }

    private static boolean matches(Code code, String label) {
        return label.equalsIgnoreCase(strip(code.getLabelSv())) || label.equalsIgnoreCase(strip(code.getLabelEn()));
    }

    private static String strip(String label) {
        return label == null ? null : label.strip();
    }
}
