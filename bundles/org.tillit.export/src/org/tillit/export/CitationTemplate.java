package org.tillit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;
import org.tillit.model.codebook.Language;
import org.tillit.query.Segment;

/**
 * How a quote is cited, as the user writes it: text with placeholders in braces, such as
 * {@code ({roll} {löpnummer}, rad {radFrån}–{radTill})} or {@code ({role} {case}, lines {lines})}.
 * A placeholder names a property of the quote, in Swedish or English, or an attribute of its
 * document or case by name (any case). A placeholder the project does not know is refused when the
 * template is read, naming it and those it knows, not printed as a blank in a hundred quotes.
 */
public final class CitationTemplate {

    public static final String SWEDISH = "({dokument}, rad {rader})";
    public static final String ENGLISH = "({document}, lines {lines})";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final List<String> NAMES = new ArrayList<>();
    private static final Map<String, Function<Segment, String>> PROPERTIES = properties();

    private final List<Object> parts;

    private CitationTemplate(List<Object> parts) {
        this.parts = parts;
    }

    /** Reads the template; {@code attributes} are the attribute names quotes can be cited by. */
    public static CitationTemplate parse(String template, List<String> attributes) {
        Map<String, String> attributeByLowerName = new LinkedHashMap<>();
        attributes.forEach(a -> attributeByLowerName.put(lower(a), a));
        List<Object> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int at = 0;
        while (placeholder.find()) {
            parts.add(literal(template, at, placeholder.start()));
            String name = placeholder.group(1).strip();
            Function<Segment, String> property = PROPERTIES.get(lower(name));
            String attribute = attributeByLowerName.get(lower(name));
            if (property == null && attribute != null) {
                property = segment -> segment.attributes().getOrDefault(attribute, "");
            }
            if (property == null) {
                TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                known.addAll(NAMES);
                known.addAll(attributes);
                throw new ExportException(
                        NLS.bind(Messages.Citation_unknownPlaceholder, "{" + name + "}", String.join(", ", known)));
            }
            parts.add(property);
            at = placeholder.end();
        }
        parts.add(literal(template, at, template.length()));
        return new CitationTemplate(parts);
    }

    /** Text between placeholders; a brace left in it is a placeholder not closed or not opened. */
    private static String literal(String template, int from, int to) {
        String text = template.substring(from, to);
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new ExportException(NLS.bind(Messages.Citation_unbalanced, template));
        }
        return text;
    }

    /** The template of this language when the user has none. */
    public static String standard(Language language) {
        return language == Language.SV ? SWEDISH : ENGLISH;
    }

    /** Every placeholder a template may use: the quote's properties in both languages, then the attributes. */
    public static List<String> placeholders(List<String> attributes) {
        List<String> known = new ArrayList<>(NAMES);
        known.addAll(attributes);
        return known;
    }

    /** The citation of a quote. */
    @SuppressWarnings("unchecked")
    public String cite(Segment segment) {
        StringBuilder citation = new StringBuilder();
        for (Object part : parts) {
            citation.append(part instanceof String text ? text : ((Function<Segment, String>) part).apply(segment));
        }
        return citation.toString();
    }

    private static Map<String, Function<Segment, String>> properties() {
        Map<String, Function<Segment, String>> properties = new LinkedHashMap<>();
        both(properties, "document", "dokument", s -> s.documentName());
        both(properties, "case", "fall", s -> String.join(", ", s.cases()));
        both(properties, "lineStart", "radFrån", s -> String.valueOf(s.startLine()));
        both(properties, "lineEnd", "radTill", s -> String.valueOf(s.endLine()));
        both(properties, "lines", "rader", CitationTemplate::lines);
        both(properties, "code", "kod", Segment::codePath);
        both(properties, "coder", "kodare", s -> s.coder() == null ? "" : s.coder());
        both(properties, "speaker", "talare", s -> s.speaker() == null ? "" : s.speaker());
        return properties;
    }

    private static void both(Map<String, Function<Segment, String>> properties, String english, String swedish,
            Function<Segment, String> value) {
        properties.put(lower(english), value);
        properties.put(lower(swedish), value);
        NAMES.add(english);
        NAMES.add(swedish);
    }

    /** "112" for one line, "112–118" for several (an en dash, as style guides want for ranges). */
    private static String lines(Segment segment) {
        return segment.startLine() == segment.endLine() ? String.valueOf(segment.startLine())
                : segment.startLine() + "\u2013" + segment.endLine();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
