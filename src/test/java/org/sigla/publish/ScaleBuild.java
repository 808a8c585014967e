package org.sigla.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.sigla.Sigla;
import org.sigla.views.View;

/**
 * A child JVM's build of many copies of one edition, the text view of one of them failing on
 * purpose: run by {@link ScaleBuildTest} with a small heap. Prints the summary and the failures.
 * Arguments: the edition, a work folder, how many copies, which copy fails.
 */
public final class ScaleBuild {

    public static void main(String[] args) throws Exception {
        Path edition = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        String failing = String.format("edition-%05d", Integer.parseInt(args[3]));
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        byte[] source = Files.readAllBytes(edition);
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sources.add(Files.write(corpus.resolve(String.format("edition-%05d.xml", i)), source));
        }
        Sigla sigla = new Sigla();
        List<String> failures = new ArrayList<>();
        BuildSummary summary = new Build(sigla, sigla.validator(), FailingView.of(sigla, failing, View.TEXT))
                .run(sources, new Build.Options(work.resolve("out"), EnumSet.of(View.HTML, View.TEXT, View.APPARATUS_HTML, View.APPARATUS_TEXT),
                Map.of(), false, 2, false), new CollectingListener(failures, new ArrayList<>()));
        System.out.println("files=" + summary.files() + " built=" + summary.built() + " failed=" + summary.failed());
        failures.forEach(System.out::println);
    }
}
