package org.sigla.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** One run of the sigla command line in this JVM, with what it printed. */
public record Run(int exitCode, String out, String err) {

    public static Run sigla(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SiglaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs sigla in a child JVM and kills it once its output ({@code log}) shows {@code marker}:
     * a build stopped at a random point, as by a power cut or Ctrl-C.
     *
     * @throws AssertionError if the command ended before it could be killed
     */
    public static void killedOnceItSays(String marker, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sigla.cli.SiglaCommand"));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains(marker)) {
            Thread.sleep(10);
        }
        if (!child.isAlive()) {
            throw new AssertionError("the command ended before it could be killed: " + Files.readString(log));
        }
        child.destroyForcibly().waitFor();
    }

    public String all() {
        return out + err;
    }
}
