package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/** {@code sigla serve} from the command line: it says where it serves, serves, and stops cleanly on a signal. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void serveSaysItsAddressServesAndStopsOnSigterm() throws Exception {
        Path edition = Files.copy(Editions.testEdition("verse"), folder.resolve("verse.xml"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sigla.cli.SiglaCommand", "serve", "--port", "0", edition.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher address = Pattern.compile("Serving 1 edition at (http://127\\.0\\.0\\.1:\\d+/)").matcher(String.valueOf(first));
            assertTrue(address.matches(), first);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1) + "verse/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Two Stanzas"));
        } finally {
            child.destroy();
        }
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "a SIGTERM stops the server");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Run run = Run.sigla("serve", "--port", "70000");
        assertEquals(2, run.exitCode(), run::all);
        assertTrue(run.err().contains("--port takes a number from 0 to 65535"), run::err);
    }
}
