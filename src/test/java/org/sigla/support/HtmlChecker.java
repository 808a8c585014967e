package org.sigla.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The validator.nu checker, run in a JVM of its own: its fork of Jing shares package names
 * with the Jing that Sigla uses, so the two cannot share a class path.
 */
public final class HtmlChecker {

    private HtmlChecker() {}

    /** The checker's messages for the pages (errors only), one per line; empty when all are valid. */
    public static List<String> errors(List<Path> pages) throws IOException, InterruptedException {
        String classpath = System.getProperty("sigla.vnu.classpath");
        if (classpath == null || classpath.contains("${")) {
            throw new IllegalStateException("sigla.vnu.classpath is not set: run the tests with Maven");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu", "--no-langdetect"));
        pages.forEach(page -> command.add(page.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("validator.nu did not finish");
        }
        List<String> errors = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.contains(": error")) {
                errors.add(line);
            }
        }
        if (process.exitValue() != 0 && errors.isEmpty()) {
            errors.add("validator.nu exited with " + process.exitValue());
        }
        return errors;
    }

}
