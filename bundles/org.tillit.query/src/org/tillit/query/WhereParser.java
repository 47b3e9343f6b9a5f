package org.tillit.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.attributes.ValueProblem;
import org.tillit.query.l10n.Messages;

/**
 * Reads a condition on attributes as a researcher writes it:
 * {@code roll=Chef AND (sektor="Hälso- och sjukvård" OR NOT år>=2020) AND ort in (Umeå, Luleå)}.
 * Operators {@code = != < <= > >=}, {@code in (a, b)}, {@code a..b} after {@code =} for a range
 * (both ends included); AND binds tighter than OR; keywords in any case; names in Swedish or
 * English; values in double or single quotes when they hold spaces around keywords or symbols.
 * Values are read as the attribute's type reads them ("chef" names "Chef/enhetschef"). A mistake
 * is a {@link QueryException} naming its position (from 1) and, for a wrong name, the known names.
 */
public final class WhereParser {

    private enum Kind {
        WORD, QUOTED, OPEN, CLOSE, COMMA, OPERATOR, END
    }

    private record Token(Kind kind, String text, int position) {
        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    private static final String SYMBOLS = "()=,<>!\"'";

    private final List<AttributeDefinition> definitions;
    private final List<Token> tokens;
    private int next;

    private WhereParser(String expression, List<AttributeDefinition> definitions) {
        this.definitions = definitions;
        this.tokens = tokenize(expression);
    }

    /** The condition the expression states; an empty expression is {@link Condition#ALWAYS}. */
    public static Condition parse(String expression, List<AttributeDefinition> definitions) {
        WhereParser parser = new WhereParser(expression, definitions);
        if (parser.peek().kind() == Kind.END) {
            return Condition.ALWAYS;
        }
        Condition condition = parser.or();
        parser.expect(Kind.END, Messages.WhereParser_theEnd);
        return condition;
    }

    private Condition or() {
        return joined("or", this::and, Condition::or);
    }

    private Condition and() {
        return joined("and", this::unary, Condition::and);
    }

    /** Operands with the keyword between them, e.g. a AND b AND c. */
    private Condition joined(String keyword, Supplier<Condition> operand, Function<List<Condition>, Condition> join) {
        List<Condition> operands = new ArrayList<>(List.of(operand.get()));
        while (peek().isKeyword(keyword)) {
            next++;
            operands.add(operand.get());
        }
        return join.apply(operands);
    }

    private Condition unary() {
        Token token = peek();
        if (token.isKeyword("not")) {
            next++;
            return new Condition.Not(unary());
        }
        if (token.kind() == Kind.OPEN) {
            next++;
            Condition inner = or();
            expect(Kind.CLOSE, ")");
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Token first = peek();
        AttributeDefinition definition = definition(name(), first.position());
        Token operator = peek();
        if (operator.isKeyword("in")) {
            next++;
            expect(Kind.OPEN, "(");
            Set<String> values = new LinkedHashSet<>();
            do {
                Token at = peek();
                values.add(checked(definition, value(), at.position()));
            } while (accept(Kind.COMMA));
            expect(Kind.CLOSE, ")");
            return new Condition.OneOf(definition, values);
        }
        if (operator.kind() != Kind.OPERATOR) {
            throw problem(Messages.WhereParser_expectedOperator, operator);
        }
        next++;
        Token at = peek();
        String raw = value();
        int range = raw.indexOf("..");
        if (operator.text().equals("=") && range >= 0) {
            return new Condition.Range(definition, checked(definition, raw.substring(0, range), at.position()), true,
                    checked(definition, raw.substring(range + 2), at.position()), true);
        }
        String value = checked(definition, raw, at.position());
        return switch (operator.text()) {
            case "=" -> new Condition.OneOf(definition, Set.of(value));
            case "!=", "<>" -> new Condition.Not(new Condition.OneOf(definition, Set.of(value)));
            case "<" -> new Condition.Range(definition, null, false, value, false);
            case "<=" -> new Condition.Range(definition, null, false, value, true);
            case ">" -> new Condition.Range(definition, value, false, null, false);
            default -> new Condition.Range(definition, value, true, null, false);
        };
    }

    /** An attribute name: a quoted text or the words before the operator ("År som chef"). */
    private String name() {
        Token token = peek();
        if (token.kind() == Kind.QUOTED) {
            next++;
            return token.text();
        }
        List<String> words = new ArrayList<>();
        while (peek().kind() == Kind.WORD && !peek().isKeyword("in") && !isConnective(peek())) {
            words.add(tokens.get(next++).text());
        }
        if (words.isEmpty()) {
            throw problem(Messages.WhereParser_expectedName, token);
        }
        return String.join(" ", words);
    }

    /** A value: a quoted text or the words up to AND, OR, a comma or a parenthesis. */
    private String value() {
        Token token = peek();
        if (token.kind() == Kind.QUOTED) {
            next++;
            return token.text();
        }
        List<String> words = new ArrayList<>();
        while (peek().kind() == Kind.WORD && !isConnective(peek())) {
            words.add(tokens.get(next++).text());
        }
        if (words.isEmpty()) {
            throw problem(Messages.WhereParser_expectedValue, token);
        }
        return String.join(" ", words);
    }

    private static boolean isConnective(Token token) {
        return token.isKeyword("and") || token.isKeyword("or") || token.isKeyword("not");
    }

    private AttributeDefinition definition(String name, int position) {
        return named(name, definitions).orElseThrow(() -> new QueryException(NLS.bind(Messages.WhereParser_unknownAttribute,
                new Object[] { name, position, knownNames(definitions) })));
    }

    /** The attribute with this Swedish or English name (any case), as {@code --by} names it. */
    public static AttributeDefinition attribute(String name, List<AttributeDefinition> definitions) {
        return named(name.strip(), definitions).orElseThrow(() -> new QueryException(
                NLS.bind(Messages.WhereParser_unknownName, name, knownNames(definitions))));
    }

    private static Optional<AttributeDefinition> named(String name, List<AttributeDefinition> definitions) {
        return definitions.stream()
                .filter(d -> name.equalsIgnoreCase(d.getNameSv()) || name.equalsIgnoreCase(d.getNameEn())).findFirst();
    }

    /** The attributes' names, Swedish (English), for messages. */
    public static String knownNames(List<AttributeDefinition> definitions) {
        List<String> names = new ArrayList<>();
        for (AttributeDefinition d : definitions) {
            boolean both = d.getNameEn() != null && !d.getNameEn().isBlank() && !d.getNameEn().equals(d.getNameSv());
            names.add(both ? d.getNameSv() + " (" + d.getNameEn() + ")" : d.getNameSv());
        }
        return String.join(", ", names);
    }

    private static String checked(AttributeDefinition definition, String raw, int position) {
        try {
            return AttributeValues.checked(definition, raw);
        } catch (ValueProblem e) {
            throw new QueryException(NLS.bind(Messages.WhereParser_badValue, position, e.getMessage()), e);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) {
        if (!accept(kind)) {
            throw problem(Messages.WhereParser_expected, peek(), what);
        }
    }

    /** The message with {0} the position, {1} what was found there and {2} what was expected. */
    private static QueryException problem(String message, Token found, String... expected) {
        String shown = found.kind() == Kind.END ? Messages.WhereParser_theEnd : "'" + found.text() + "'";
        return new QueryException(NLS.bind(message, new Object[] { found.position(), shown,
                expected.length > 0 ? expected[0] : "" }));
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    throw new QueryException(NLS.bind(Messages.WhereParser_unclosedQuote, position));
                }
                tokens.add(new Token(Kind.QUOTED, text.substring(i + 1, close), position));
                i = close + 1;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), position));
                i++;
            } else if (c == '=' || c == '<' || c == '>' || c == '!') {
                String two = text.length() > i + 1 ? text.substring(i, i + 2) : "";
                String op = List.of("<=", ">=", "!=", "<>").contains(two) ? two : String.valueOf(c);
                if (op.equals("!")) {
                    throw new QueryException(NLS.bind(Messages.WhereParser_unexpected, position, "'!'"));
                }
                tokens.add(new Token(Kind.OPERATOR, op, position));
                i += op.length();
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && SYMBOLS.indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, end), position));
                i = end;
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }
}
