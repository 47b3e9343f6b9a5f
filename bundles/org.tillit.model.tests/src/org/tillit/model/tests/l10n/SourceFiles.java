package org.tillit.model.tests.l10n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written sources of the bundles in the source tree (generated code and build output left out). */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> bundles(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(b -> Files.exists(b.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
    }

    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/") && !f.toString().contains("/target/"))
                    .sorted().toList();
        }
    }

    static Path bundleOf(Path root, Path source) {
        return root.resolve(root.relativize(source).getName(0));
    }

    /** Every Java source of the bundle but one, as one text. */
    static String allJava(Path bundle, Path except) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path source : javaFiles(bundle)) {
            if (!source.equals(except)) {
                all.append(Files.readString(source)).append('\n');
            }
        }
        return all.toString();
    }

}
