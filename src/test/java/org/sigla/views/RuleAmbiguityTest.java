package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.SourceFiles;
import org.sigla.support.Editions;
import org.sigla.support.Needs;

/**
 * No node of a real edition is matched by two template rules of one mode at the same priority.
 * Saxon then takes the last rule and warns (a warning Sigla's own runs never show); another XSLT
 * 3.0 processor may stop with XTDE0540 or take the other rule. The names of the TEI Publisher
 * letters and sermons, and of the inscriptions, carry {@code @key} and no {@code @ref}, which
 * two rules of the web view once both claimed.
 */
class RuleAmbiguityTest {

    private static final List<String> STYLESHEETS = List.of("edition.xsl", "print-fo.xsl", "latex.xsl");
    private static final List<Path> SHARED = List.of(Path.of("..", "shared", "corpus"), Path.of("..", "shared", "projects"));

    @Test
    void everyEditionIsRenderedByOneRuleAtATime(@TempDir Path out) throws IOException, SaxonApiException {
        Needs.present(SHARED.stream().allMatch(Files::isDirectory), SHARED + " (the public corpus and projects beside the checkout)");
        List<Path> editions = new ArrayList<>(Editions.all());
        editions.addAll(SourceFiles.expand(SHARED));
        Processor processor = new Processor(false);
        TreeSet<String> ambiguities = new TreeSet<>();
        for (String stylesheet : STYLESHEETS) {
            XsltExecutable executable = processor.newXsltCompiler().compile(new StreamSource(new File("xslt", stylesheet)));
            for (Path edition : editions) {
                Xslt30Transformer transformer = executable.load30();
                transformer.setErrorReporter(error -> {
                    if (error.isWarning() && error.getMessage().contains("Ambiguous rule match")) {
                        ambiguities.add(stylesheet + ", " + edition.getFileName() + ": " + error.getMessage().replaceAll("\\s+", " "));
                    }
                });
                transformer.setMessageHandler(message -> { });
                Path primary = Files.createDirectories(out.resolve(stylesheet).resolve(edition.getFileName().toString())).resolve("out");
                transformer.setBaseOutputURI(primary.toUri().toString());
                transformer.transform(new StreamSource(edition.toFile()), transformer.newSerializer(primary.toFile()));
            }
        }
        assertEquals(List.of(), List.copyOf(ambiguities));
    }
}
