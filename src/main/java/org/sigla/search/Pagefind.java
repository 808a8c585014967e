package org.sigla.search;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pagefind, the program that turns the search records into a static index: found where npm
 * installed it beside Sigla (Sigla's Maven build runs {@code npm ci}), or where
 * {@code -Dsigla.pagefind} or {@code SIGLA_PAGEFIND} say. Sigla runs it and reads nothing of
 * what it writes: the search page loads the index in the reader's browser.
 */
public final class Pagefind {

    /** The system property and the environment variable that name the program. */
    public static final String PROPERTY = "sigla.pagefind";
    private static final String VARIABLE = "SIGLA_PAGEFIND";

    private final Path program;

    private Pagefind(Path program) {
        this.program = program;
    }

    /** The program, where it is installed. */
    public static Optional<Pagefind> find() {
        String named = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (named != null && !named.isBlank()) {
            Path program = Path.of(named);
            return Files.isExecutable(program) ? Optional.of(new Pagefind(program)) : Optional.empty();
        }
        for (Path folder = codeFolder(); folder != null; folder = folder.getParent()) {
            Path bin = folder.resolve("node_modules").resolve("@pagefind").resolve(platform()).resolve("bin");
            for (String name : List.of("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe")) {
                if (Files.isExecutable(bin.resolve(name))) {
                    return Optional.of(new Pagefind(bin.resolve(name)));
                }
            }
        }
        return Optional.empty();
    }

    /** The folder Sigla's classes or jar are in: npm's node_modules is beside or above it. */
    private static Path codeFolder() {
        try {
            Path code = Path.of(Pagefind.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** npm's name for this machine's build of Pagefind: linux-x64, darwin-arm64, windows-x64… */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : os.startsWith("freebsd") ? "freebsd" : "linux";
        return system + "-" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64");
    }

    /**
     * Indexes the files of {@code site} that {@code glob} names into {@code output}.
     *
     * @throws IOException where the program cannot run or fails; the message is its last line of complaint
     */
    void index(Path site, String glob, Path output, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--site", site.toString(), "--glob", glob,
                "--output-path", output.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            String last = lines.stream().filter(line -> line.toLowerCase(Locale.ROOT).contains("error")).reduce((a, b) -> b)
                    .orElse(lines.isEmpty() ? "exit code " + exit : lines.get(lines.size() - 1));
            throw new IOException("Pagefind stopped: " + last.strip());
        }
    }

    @Override
    public String toString() {
        return program.toString();
    }
}
