package org.sigla;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The edition files named on a command line: files as given, folders searched for *.xml. */
public final class SourceFiles {

    private SourceFiles() {}

    /**
     * Expands folders into the XML files below them, sorted by path, skipping hidden folders.
     * A path that does not exist is kept, so that reading it reports it.
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".xml"))
                        .filter(p -> !isHidden(path.relativize(p)))
                        .sorted()
                        .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
