package org.sigla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sigla.Sigla;
import org.sigla.publish.BuildSummary;
import org.sigla.serve.Preview;
import org.sigla.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sigla serve}: a live preview that rebuilds an edition when it is saved and shows its problems in the page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a live preview of editions: each is rebuilt when its file is saved, and its open pages reload,"
                + " with the problems of the last save shown above the last good rendering. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Editions, or folders searched for *.xml (default: tei/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}, or the next free one; 0: any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: the loopback address, this machine only).")
    String host;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An OASIS XML catalog mapping the schemas editions name"
            + " (remote addresses) to local copies; Sigla never fetches them. Repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A stylesheet parameter (see README).")
    Map<String, String> parameters = new HashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("sigla: error: --port takes a number from 0 to 65535");
            return ExitCode.USAGE;
        }
        InetAddress address = host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        if (!address.isLoopbackAddress()) {
            err.println("sigla: warning: serving on " + host + ": anyone who can reach this machine there can read the editions"
                    + " (unsafe on a shared network)");
        }
        List<Path> roots = paths.isEmpty() ? BuildRunner.defaultSources() : paths;
        Preview preview = new Preview(new Sigla(), roots, parameters, catalogs);
        BuildSummary first = preview.update();
        printProblems(preview, err);
        PreviewServer server;
        try {
            server = new PreviewServer(preview, roots, address, port);
        } catch (IOException e) {
            preview.close();
            err.println("sigla: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        preview.onChange(edition -> {
            if (!edition.isEmpty()) {
                Preview.Status status = preview.statuses().get(edition);
                out.println(edition + ": rebuilt" + (status == null || status.errors().isEmpty() ? "" : ", with problems"));
                status(status, err);
                out.flush();
            }
        });
        out.println("Serving " + first.files() + (first.files() == 1 ? " edition" : " editions") + " at " + server.address());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                preview.close();
            } catch (IOException e) {
                // Stopping anyway; the temporary folder is the system's to clear.
            }
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }

    private static void printProblems(Preview preview, PrintWriter err) {
        preview.statuses().values().forEach(status -> status(status, err));
    }

    private static void status(Preview.Status status, PrintWriter err) {
        if (status != null) {
            status.errors().forEach(err::println);
            status.warnings().forEach(err::println);
            err.flush();
        }
    }
}
