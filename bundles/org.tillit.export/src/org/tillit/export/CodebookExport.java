package org.tillit.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Project;
import org.tillit.model.codebook.CodeCounts;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/**
 * The codebook for an article's appendix, as DOCX or Markdown: each code under a heading of its
 * depth (Word's heading styles, so a table of contents shows the hierarchy; nested headings in
 * Markdown), its label and definition in the chosen language, and how much it is used (codings
 * and documents, also with its sub-codes); then the code sets with their members. The model keeps
 * a code's examples inside its definition ("Exempel: …"), so they are shown as written there.
 */
public final class CodebookExport {

    /** One code as the appendix shows it; {@code depth} 1 for a top-level code. */
    public record Entry(int depth, String label, String definition, boolean codable, boolean hasSubcodes, int codings,
            int documents, int codingsWithSubcodes, int documentsWithSubcodes) {
    }

    /** A code set: its label, definition and its members' paths. */
    public record SetEntry(String label, String definition, List<String> members) {
    }

    private static final String PATH_SEPARATOR = "/";
    private static final int MARKDOWN_DEEPEST = 6;

    private final String title;
    private final List<Entry> codes;
    private final List<SetEntry> sets;

    private CodebookExport(String title, List<Entry> codes, List<SetEntry> sets) {
        this.title = title;
        this.codes = List.copyOf(codes);
        this.sets = List.copyOf(sets);
    }

    /** The project's codebook as it is now, in the language asked for. */
    public static CodebookExport of(ProjectStore store, Language language) {
        return store.read(project -> {
            CodeCounts counts = CodeCounts.of(project);
            List<Entry> codes = new ArrayList<>();
            add(project.getCodebook().getCodes(), 1, language, counts, codes);
            List<SetEntry> sets = project.getCodebook().getSets().stream().map(s -> set(s, language)).toList();
            return new CodebookExport(title(project), codes, sets);
        });
    }

    public String title() {
        return title;
    }

    public List<Entry> codes() {
        return codes;
    }

    public List<SetEntry> sets() {
        return sets;
    }

    public void writeDocx(Provenance provenance, Path file) {
        AtomicFile.write(file, out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                DocxStyles.define(document);
                paragraph(document, title).setStyle(DocxStyles.TITLE);
                for (Entry code : codes) {
                    paragraph(document, heading(code)).setStyle(DocxStyles.heading(code.depth()));
                    paragraph(document, counts(code)).getRuns().get(0).setItalic(true);
                    if (!code.definition().isBlank()) {
                        labelled(document, Messages.Codebook_definition, code.definition());
                    }
                }
                if (!sets.isEmpty()) {
                    paragraph(document, Messages.Codebook_sets).setStyle(DocxStyles.HEADING_1);
                    for (SetEntry set : sets) {
                        paragraph(document, set.label()).setStyle(DocxStyles.HEADING_2);
                        if (!set.definition().isBlank()) {
                            paragraph(document, set.definition());
                        }
                        paragraph(document, members(set));
                    }
                }
                paragraph(document, Messages.Provenance_title).setStyle(DocxStyles.HEADING_1);
                paragraph(document, ProvenanceText.summary(provenance));
                DocxTables.table(document, ProvenanceText.table(provenance));
                QuoteReportDocx.properties(document, provenance, title);
                document.write(out);
            }
        });
    }

    public void writeMarkdown(Path file) {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(markdown());
            writer.flush();
        });
    }

    /** Nested headings, one level below the title per depth; deeper than Markdown goes, the deepest. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append('\n');
        for (Entry code : codes) {
            md.append('\n').append("#".repeat(Math.min(MARKDOWN_DEEPEST, code.depth() + 1))).append(' ')
                    .append(heading(code)).append("\n\n*").append(counts(code)).append("*\n");
            if (!code.definition().isBlank()) {
                md.append("\n**").append(Messages.Codebook_definition).append("** ")
                        .append(code.definition().strip().replace("\n", "  \n")).append('\n');
            }
        }
        if (!sets.isEmpty()) {
            md.append("\n## ").append(Messages.Codebook_sets).append('\n');
            for (SetEntry set : sets) {
                md.append("\n### ").append(set.label()).append("\n\n");
                if (!set.definition().isBlank()) {
                    md.append(set.definition().strip()).append("\n\n");
                }
                set.members().forEach(m -> md.append("- ").append(m).append('\n'));
            }
        }
        return md.toString();
    }

    private static void add(List<Code> level, int depth, Language language, CodeCounts counts, List<Entry> entries) {
        for (Code code : level) {
            entries.add(new Entry(depth, Labels.label(code, language), Labels.definition(code, language), code.isCodable(),
                    !code.getChildren().isEmpty(), counts.codings(code), counts.documents(code),
                    counts.codingsWithSubCodes(code), counts.documentsWithSubCodes(code)));
            add(code.getChildren(), depth + 1, language, counts, entries);
        }
    }

    private static SetEntry set(CodeSet set, Language language) {
        return new SetEntry(Labels.label(set, language), Labels.definition(set, language), set.getMembers().stream()
                .map(code -> String.join(PATH_SEPARATOR, CodeTree.path(code, language))).toList());
    }

    private static String title(Project project) {
        return NLS.bind(Messages.Codebook_title, project.getName());
    }

    /** A grouping code is only a heading in the codebook: it says so, since nothing is coded with it. */
    private static String heading(Entry code) {
        return code.codable() ? code.label() : NLS.bind(Messages.Codebook_grouping, code.label());
    }

    static String counts(Entry code) {
        return code.hasSubcodes()
                ? NLS.bind(Messages.Codebook_countsWithSubcodes, new Object[] { code.codings(), code.documents(),
                        code.codingsWithSubcodes(), code.documentsWithSubcodes() })
                : NLS.bind(Messages.Codebook_counts, code.codings(), code.documents());
    }

    private static String members(SetEntry set) {
        return set.members().isEmpty() ? Messages.Codebook_noMembers
                : NLS.bind(Messages.Codebook_members, String.join("; ", set.members()));
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(label + " ");
        paragraph.createRun().setText(text);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }
}
