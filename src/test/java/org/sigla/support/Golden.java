package org.sigla.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files beside the test editions. They are rewritten only on purpose, with
 * {@code mvn verify -Dsigla.golden=rewrite}, and the diff read before committing.
 */
public final class Golden {

    private Golden() {}

    public static boolean rewriting() {
        return "rewrite".equals(System.getProperty("sigla.golden"));
    }

    /** The golden file's content; when rewriting, {@code actual} becomes the golden file first. */
    public static String read(String name, String actual) throws IOException {
        Path file = Editions.GOLDEN.resolve(name);
        if (rewriting()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; create it with -Dsigla.golden=rewrite and read it");
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
