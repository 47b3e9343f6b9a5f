package org.tillit.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the user picked (files and folders, from a dialog, a drop or the command line) into
 * the files to import: folders recursively, in name order, without hidden files or folders
 * (.git, .DS_Store, ~$lock files of Word), each file once.
 */
public final class FileCollector {

    private FileCollector() {
    }

    public static List<Path> collect(List<Path> picked) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : picked) {
            Path normal = path.toAbsolutePath().normalize();
            if (Files.isDirectory(normal)) {
                files.addAll(walk(normal));
            } else {
                files.add(normal);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Hidden by Unix convention, or a Word lock file (~$name.docx). */
    private static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }
}
