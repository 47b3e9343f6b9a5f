package org.tillit.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.tillit.cli.Arguments;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.Identified;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/** {@code codebook}: the project's codebook as an indented tree or as JSON. */
public final class CodebookCommand extends ProjectCliCommand {

    /** Marks the codes that only group others and cannot be applied to text. */
    public static final String GROUP_MARKER = "[group]";

    private static final String LANG = "lang";
    private static final List<String> LANGUAGES = List.of(Language.SV.tag(), Language.EN.tag());

    public CodebookCommand(CliServices services) {
        super("codebook", Messages.Codebook_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Codebook_usageHead + PROJECT_USAGE + Messages.Codebook_usageTail.formatted(GROUP_MARKER);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT, LANG, Json.FORMAT_OPTION)).noPositionals();
        String lang = arguments.choice(LANG, LANGUAGES, null);
        boolean json = Json.isWanted(arguments);
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            Language language = Language.fromTag(lang != null ? lang : store.project().getLanguage());
            Codebook codebook = store.codebook();
            if (json) {
                out.println(Json.GSON.toJson(new CodebookJson(store.project().getName(), language.tag(),
                        codebook.getCodes().stream().map(c -> CodeJson.of(c, language)).toList(),
                        codebook.getSets().stream().map(s -> SetJson.of(s, language)).toList())));
            } else {
                printTree(codebook.getCodes(), 0, language, out);
                if (!codebook.getSets().isEmpty()) {
                    out.println();
                    out.println(Messages.Codebook_sets);
                    for (CodeSet set : codebook.getSets()) {
                        out.println("  " + Labels.label(set, language) + " (" + set.getMembers().size() + ")");
                    }
                }
            }
        }
        return OK;
    }

    private static void printTree(List<Code> codes, int depth, Language language, PrintStream out) {
        for (Code code : codes) {
            StringBuilder line = new StringBuilder("  ".repeat(depth)).append(Labels.label(code, language));
            if (!code.isCodable()) {
                line.append(' ').append(GROUP_MARKER);
            }
            if (code.getColor() != null && !code.getColor().isEmpty()) {
                line.append("  ").append(code.getColor());
            }
            out.println(line);
            printTree(code.getChildren(), depth + 1, language, out);
        }
    }

    private record CodebookJson(String project, String language, List<CodeJson> codes, List<SetJson> sets) {
    }

    private record CodeJson(String guid, String label, String labelSv, String labelEn, String color,
            boolean codable, String definition, String definitionSv, String definitionEn, String source,
            List<CodeJson> children) {

        static CodeJson of(Code code, Language language) {
            return new CodeJson(code.getGuid(), Labels.label(code, language), code.getLabelSv(), code.getLabelEn(),
                    code.getColor(), code.isCodable(), Labels.definition(code, language), code.getDefinitionSv(),
                    code.getDefinitionEn(), code.getSource(),
                    code.getChildren().stream().map(c -> of(c, language)).toList());
        }
    }

    private record SetJson(String guid, String label, List<String> members) {

        static SetJson of(CodeSet set, Language language) {
            return new SetJson(set.getGuid(), Labels.label(set, language),
                    set.getMembers().stream().map(Identified::getGuid).toList());
        }
    }
}
