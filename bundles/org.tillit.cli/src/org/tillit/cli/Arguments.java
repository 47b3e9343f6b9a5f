package org.tillit.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.cli.l10n.Messages;

/**
 * A command's parsed arguments: {@code --option value}, {@code --option=value}, positional
 * arguments, {@code --} to end the options, {@code --help}/{@code -h}. Every mistake is a
 * {@link CliException#usage usage error} naming the option.
 */
public final class Arguments {

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positionals;
    private final boolean help;

    private Arguments(Map<String, String> options, Set<String> flags, List<String> positionals, boolean help) {
        this.options = options;
        this.flags = flags;
        this.positionals = positionals;
        this.help = help;
    }

    /**
     * @param optionNames the options (without "--") the command accepts; each takes a value
     */
    public static Arguments parse(List<String> args, Set<String> optionNames) {
        return parse(args, optionNames, Set.of());
    }

    /**
     * @param optionNames the options (without "--") the command accepts that take a value
     * @param flagNames the options (without "--") that take none, such as --apply
     */
    public static Arguments parse(List<String> args, Set<String> optionNames, Set<String> flagNames) {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (flagNames.contains(arg.substring(Math.min(2, arg.length()))) && arg.startsWith("--")) {
                if (!flags.add(arg.substring(2))) {
                    throw CliException.usage(NLS.bind(Messages.Arguments_twice, arg));
                }
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = arg.substring(2, equals < 0 ? arg.length() : equals);
                if (!optionNames.contains(name)) {
                    throw CliException.usage(NLS.bind(Messages.Arguments_unknown, "--" + name));
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw CliException.usage(NLS.bind(Messages.Arguments_needsValue, "--" + name));
                }
                if (value.isEmpty()) {
                    throw CliException.usage(NLS.bind(Messages.Arguments_needsValue, "--" + name));
                }
                if (options.put(name, value) != null) {
                    throw CliException.usage(NLS.bind(Messages.Arguments_twice, "--" + name));
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw CliException.usage(NLS.bind(Messages.Arguments_singleDash, arg));
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(Collections.unmodifiableMap(options), Collections.unmodifiableSet(flags),
                List.copyOf(positionals), help);
    }

    /** Whether --help or -h was given. */
    public boolean help() {
        return help;
    }

    /** Whether the flag (an option without a value) was given. */
    /** The arguments given again, every option as --name=value and every flag, in the order given. */
    public List<String> asGiven(Set<String> leftOut) {
        List<String> given = new ArrayList<>();
        options.forEach((name, value) -> {
            if (!leftOut.contains(name)) {
                given.add("--" + name + "=" + value);
            }
        });
        flags.stream().filter(f -> !leftOut.contains(f)).forEach(f -> given.add("--" + f));
        return given;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).orElseThrow(() -> CliException.usage(NLS.bind(Messages.Arguments_required, "--" + name)));
    }

    /** The option's value, which must be one of {@code allowed}; {@code fallback} when absent. */
    public String choice(String name, List<String> allowed, String fallback) {
        String value = option(name).orElse(fallback);
        if (value != null && !allowed.contains(value)) {
            throw CliException.usage(
                    NLS.bind(Messages.Arguments_choice, new Object[] { "--" + name, String.join(", ", allowed), value }));
        }
        return value;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** Fails with a usage error if there are positional arguments (for commands that take none). */
    public Arguments noPositionals() {
        if (!positionals.isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Arguments_unexpected, positionals.get(0)));
        }
        return this;
    }
}
