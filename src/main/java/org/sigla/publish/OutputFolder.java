package org.sigla.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a build writes: a hidden staging folder inside the output folder, whose edition
 * folders replace the published ones only once they are complete. A build that fails
 * halfway leaves the previous output as it was.
 */
final class OutputFolder implements AutoCloseable {

    private final Path root;
    private final Path staging;

    private OutputFolder(Path root, Path staging) {
        this.root = root;
        this.staging = staging;
    }

    /** The file that marks a folder as Sigla's output: Sigla writes only into folders it made. */
    static final String MARKER = ".sigla-output";
    private static final String STAGING = ".sigla-staging-";
    private static final String PREVIOUS = ".previous-";

    /**
     * Opens the output folder, refusing one where a build could overwrite an editor's own
     * files (unless {@code force}): a folder that holds a source, or a non-empty folder that
     * Sigla did not make. What an earlier build left half-published is put back first.
     */
    static OutputFolder open(Path root, List<Path> sources, boolean force) throws IOException, OutputRefusedException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!force) {
            for (Path source : sources) {
                if (source.toAbsolutePath().normalize().startsWith(absolute)) {
                    throw new OutputRefusedException(root + ": error: the output folder holds the source " + source
                            + "; choose another folder (or --force) [output]");
                }
            }
            if (Files.isDirectory(root) && !Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                throw new OutputRefusedException(root + ": error: the output folder is not empty and was not made by Sigla;"
                        + " choose a new or empty folder (or --force) [output]");
            }
        }
        Files.createDirectories(root);
        if (!Files.exists(root.resolve(MARKER))) {
            Files.writeString(root.resolve(MARKER), "This folder is written by Sigla: each edition's folder is replaced by its next build.\n");
        }
        recover(root);
        return new OutputFolder(root, Files.createTempDirectory(root, STAGING));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * A build killed between its two moves of an edition leaves the previous folder in its
     * staging area: put it back where it was, then drop the staging areas of dead builds.
     */
    private static void recover(Path root) throws IOException {
        List<Path> stale;
        try (Stream<Path> entries = Files.list(root)) {
            stale = entries.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList();
        }
        for (Path staging : stale) {
            try (Stream<Path> entries = Files.list(staging)) {
                for (Path previous : entries.filter(p -> p.getFileName().toString().startsWith(PREVIOUS)).toList()) {
                    Path published = root.resolve(previous.getFileName().toString().substring(PREVIOUS.length()));
                    if (!Files.exists(published)) {
                        move(previous, published);
                    }
                }
            }
            delete(staging);
        }
    }

    /** A fresh folder for one edition's files, in the staging area. */
    Path stage(String edition) throws IOException {
        return Files.createDirectories(staging.resolve(edition));
    }

    /**
     * Replaces the published folder of an edition with its staged one, in one move. The staged
     * folder first takes in every file of the published one that the new rendering does not
     * replace ({@code replaced} names them by their first path segment), so that rendering one
     * view keeps the edition's other views as they were. Files are linked where the file system
     * allows it, copied where not.
     */
    void publish(String edition, Set<String> replaced) throws IOException {
        Path staged = staging.resolve(edition);
        Path published = root.resolve(edition);
        Path previous = null;
        if (Files.isDirectory(published)) {
            keep(published, staged, replaced);
            previous = staging.resolve(PREVIOUS + edition);
            move(published, previous);
        } else if (Files.exists(published)) {
            Files.delete(published);
        }
        move(staged, published);
        if (previous != null) {
            delete(previous);
        }
    }

    private static void keep(Path published, Path staged, Set<String> replaced) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(published)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path relative = published.relativize(file);
            Path target = staged.resolve(relative.toString());
            if (replaced.contains(relative.getName(0).toString()) || Files.exists(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Removes the published folder of an edition, in one move out of sight first. */
    void unpublish(String edition) throws IOException {
        Path published = root.resolve(edition);
        if (Files.isDirectory(published)) {
            Path previous = staging.resolve(PREVIOUS + edition);
            move(published, previous);
            delete(previous);
        }
    }

    /** What writes a file into the staging area. */
    interface FileWriter {
        void write(Path staged) throws IOException, org.sigla.views.ViewException;
    }

    /** Writes a file at the root of the output folder (the corpus page) and moves it into place in one step. */
    void publishFile(String name, FileWriter writer) throws IOException, org.sigla.views.ViewException {
        Path staged = staging.resolve(name);
        writer.write(staged);
        move(staged, root.resolve(name));
    }

    /** What writes files into a staging folder. */
    interface FolderWriter {
        void write(Path folder) throws IOException, org.sigla.views.ViewException;
    }

    /**
     * Writes the pages at the root of the output folder (the home page, the corpus indexes,
     * the registers' pages) and moves each into place; a page of these that the writer no
     * longer writes is removed.
     */
    void publishFiles(java.util.function.Predicate<String> pages, FolderWriter writer) throws IOException, org.sigla.views.ViewException {
        Path folder = staging.resolve(PREVIOUS + "corpus-pages");
        Files.createDirectories(folder);
        writer.write(folder);
        List<String> written;
        try (var files = Files.list(folder)) {
            written = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        for (String name : written) {
            // A folder (the search index) replaces the last one whole: moved aside first, then dropped with the staging area.
            if (Files.isDirectory(root.resolve(name))) {
                move(root.resolve(name), staging.resolve(PREVIOUS + "replaced-" + name));
            }
            move(folder.resolve(name), root.resolve(name));
        }
        try (var files = Files.list(root)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (pages.test(name) && !written.contains(name)) {
                    delete(file);
                }
            }
        }
    }

    Path root() {
        return root;
    }

    Path staging() {
        return staging;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops whatever is left in the staging area: nothing there was published. */
    @Override
    public void close() throws IOException {
        delete(staging);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
