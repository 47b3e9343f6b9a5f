package org.tillit.model.tests.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tillit's language policy, checked over the sources of every bundle: each user-visible string is
 * in English and in Swedish. It finds the NLS message classes and the bundle localization files by
 * itself, so a bundle that adds them is checked without changing this test.
 */
class LanguagePolicyTest {

    /** Bundles whose user-visible strings must all go through messages. */
    private static final Set<String> UI_AND_CLI = Set.of("org.tillit.ui", "org.tillit.app", "org.tillit.cli");
    private static final Pattern FIELD = Pattern.compile("public static String (\\w+);");
    private static final Pattern BUNDLE_NAME = Pattern.compile("BUNDLE_NAME\\s*=\\s*\"([\\w.]+)\"");
    private static final Pattern PERCENT_KEY = Pattern.compile("%([\\w.]+)");
    private static final Pattern MODEL_TEXT = Pattern.compile("\\b(label|tooltip|commandName|name|description)=\"([^\"]*)\"");

    private static Path bundles;
    private static List<MessageClass> messageClasses;

    record MessageClass(Path source, Path bundle, List<String> fields, Path english, Path swedish) {
    }

    @BeforeAll
    static void findBundles() throws IOException {
        bundles = Path.of(System.getProperty("tillit.bundles", "..")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(bundles.resolve("org.tillit.model/src")), "no bundle sources at " + bundles);
        messageClasses = new ArrayList<>();
        for (Path source : SourceFiles.javaFiles(bundles)) {
            String text = Files.readString(source);
            if (source.getFileName().toString().equals("Messages.java") && text.contains("extends NLS")) {
                messageClasses.add(messageClass(source, text));
            }
        }
    }

    private static MessageClass messageClass(Path source, String text) {
        Matcher name = BUNDLE_NAME.matcher(text);
        assertTrue(name.find(), source + " names no BUNDLE_NAME");
        Path bundle = SourceFiles.bundleOf(bundles, source);
        Path base = bundle.resolve("src").resolve(name.group(1).replace('.', '/'));
        List<String> fields = new ArrayList<>();
        for (Matcher field = FIELD.matcher(text); field.find();) {
            fields.add(field.group(1));
        }
        return new MessageClass(source, bundle, fields, Path.of(base + ".properties"), Path.of(base + "_sv.properties"));
    }

    @Test
    void everyBundleWithUserVisibleStringsHasMessages() {
        Set<String> withMessages = new TreeSet<>();
        messageClasses.forEach(m -> withMessages.add(m.bundle().getFileName().toString()));
        for (String bundle : List.of("org.tillit.model", "org.tillit.importer", "org.tillit.ui", "org.tillit.app",
                "org.tillit.cli")) {
            assertTrue(withMessages.contains(bundle), bundle + " has no Messages class: " + withMessages);
        }
    }

    @Test
    void everyMessageIsInEnglishAndSwedish() throws IOException {
        for (MessageClass messages : messageClasses) {
            Map<String, String> english = PropertiesFiles.read(messages.english());
            Map<String, String> swedish = PropertiesFiles.read(messages.swedish());
            Set<String> fields = new TreeSet<>(messages.fields());
            assertEquals(fields, english.keySet(), "keys of " + messages.english() + " against " + messages.source());
            assertEquals(fields, swedish.keySet(), "keys of " + messages.swedish() + " against " + messages.source());
            for (String key : fields) {
                Translation.check(messages.english() + ": " + key, english.get(key), swedish.get(key), true);
            }
        }
    }

    @Test
    void everyMessageIsUsed() throws IOException {
        for (MessageClass messages : messageClasses) {
            String code = SourceFiles.allJava(messages.bundle(), messages.source());
            for (String field : messages.fields()) {
                assertTrue(code.contains("Messages." + field), messages.source() + ": " + field + " is never used");
            }
        }
    }

    @Test
    void bundleLocalizationIsInEnglishAndSwedishAndEveryKeyIsThere() throws IOException {
        for (Path bundle : SourceFiles.bundles(bundles)) {
            Path english = bundle.resolve("OSGI-INF/l10n/bundle.properties");
            Set<String> used = new TreeSet<>();
            for (String file : List.of("META-INF/MANIFEST.MF", "plugin.xml", "Application.e4xmi")) {
                Path path = bundle.resolve(file);
                if (Files.exists(path)) {
                    for (Matcher key = PERCENT_KEY.matcher(Files.readString(path)); key.find();) {
                        used.add(key.group(1));
                    }
                }
            }
            if (used.isEmpty() && !Files.exists(english)) {
                continue;
            }
            String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
            assertTrue(manifest.contains("Bundle-Localization: OSGI-INF/l10n/bundle"), bundle + " needs Bundle-Localization");
            assertTrue(Files.readString(bundle.resolve("build.properties")).contains("OSGI-INF/"),
                    bundle + ": build.properties must include OSGI-INF/");
            Map<String, String> en = PropertiesFiles.read(english);
            Map<String, String> sv = PropertiesFiles.read(bundle.resolve("OSGI-INF/l10n/bundle_sv.properties"));
            assertEquals(used, en.keySet(), bundle + ": %keys used against bundle.properties (missing or unused)");
            assertEquals(used, sv.keySet(), bundle + ": %keys used against bundle_sv.properties (missing or unused)");
            for (String key : used) {
                Translation.check(english + ": " + key, en.get(key), sv.get(key), false);
            }
        }
    }

    @Test
    void theApplicationModelHasNoTextOfItsOwn() throws IOException {
        for (Path bundle : SourceFiles.bundles(bundles)) {
            for (String file : List.of("Application.e4xmi", "plugin.xml")) {
                Path path = bundle.resolve(file);
                if (!Files.exists(path)) {
                    continue;
                }
                for (Matcher text = MODEL_TEXT.matcher(Files.readString(path)); text.find();) {
                    String value = text.group(2);
                    // Tillit is a name; element names in plugin.xml are ids, and property values paths;
                    // a key binding's parameter is named by the command parameter's id.
                    boolean isId = value.matches("org\\.tillit(\\.[A-Za-z]+)+");
                    boolean translatable = !value.equals("Tillit") && !isId
                            && !(file.equals("plugin.xml") && !text.group(1).equals("label"));
                    assertTrue(!translatable || value.startsWith("%"), path + ": " + text.group() + " is not a %key");
                }
            }
        }
    }

    @Test
    void noHardCodedUserVisibleStrings() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path bundle : SourceFiles.bundles(bundles)) {
            if (UI_AND_CLI.contains(bundle.getFileName().toString())) {
                for (Path source : SourceFiles.javaFiles(bundle)) {
                    found.addAll(HardCodedStrings.in(source));
                }
            }
        }
        assertEquals(List.of(), found, "user-visible strings outside the Messages classes");
    }

    @Test
    void coreBundlesWithMessagesThrowNoLiteralTextAtTheUser() throws IOException {
        List<String> found = new ArrayList<>();
        for (MessageClass messages : messageClasses) {
            if (!UI_AND_CLI.contains(messages.bundle().getFileName().toString())) {
                for (Path source : SourceFiles.javaFiles(messages.bundle())) {
                    found.addAll(HardCodedStrings.inExceptions(source));
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(found)), "exception messages outside the Messages classes");
    }

    @Test
    void theScanCatchesTheUsualForms() throws IOException {
        Path sample = Files.createTempFile("Sample", ".java");
        Files.writeString(sample, """
                class Sample {
                    void build() {
                        label.setText("Import Documents");
                        MessageDialog.openError(shell, "Oops", detail);
                        err.println("cannot read the folder " + path);
                        createButton(parent, IDialogConstants.OK_ID, "Apply", true);
                        button(side, "&Remove", this::removeSelected);
                        button.setText(Messages.Ok);
                        WidgetIds.tag(text, "tillit.import.path");
                        throw new ExtractionException("the file is empty");
                        throw new IllegalStateException("every Java has SHA-256");
                    }
                }
                """);
        List<String> found = HardCodedStrings.in(sample);
        assertEquals(7, found.size(), found.toString());
        assertFalse(found.toString().contains("tillit.import.path"));
        List<String> exceptions = HardCodedStrings.inExceptions(sample);
        assertEquals(1, exceptions.size(), exceptions.toString());
        assertTrue(exceptions.get(0).contains("the file is empty"), exceptions.toString());
    }
}
