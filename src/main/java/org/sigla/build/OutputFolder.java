package org.sigla.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

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

    static OutputFolder open(Path root) throws IOException {
        Files.createDirectories(root);
        return new OutputFolder(root, Files.createTempDirectory(root, ".sigla-staging-"));
    }

    /** A fresh folder for one edition's files, in the staging area. */
    Path stage(String edition) throws IOException {
        return Files.createDirectories(staging.resolve(edition));
    }

    /** Replaces the published folder of an edition with its staged one. */
    void publish(String edition) throws IOException {
        Path staged = staging.resolve(edition);
        Path published = root.resolve(edition);
        Path previous = null;
        if (Files.exists(published)) {
            previous = staging.resolve(".previous-" + edition);
            move(published, previous);
        }
        move(staged, published);
        if (previous != null) {
            delete(previous);
        }
    }

    Path root() {
        return root;
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
