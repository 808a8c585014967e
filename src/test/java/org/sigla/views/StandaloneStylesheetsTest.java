package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sigla.support.Editions;

/**
 * Each view's own stylesheet, run as an editor runs it in Saxon's command line or oXygen,
 * writes exactly the files that Sigla's one-pass edition.xsl writes for that view.
 */
class StandaloneStylesheetsTest {

    /** Each standalone stylesheet and the files it writes (its primary output first). */
    private static final Map<String, String[]> STYLESHEETS = Map.of(
            "html.xsl", new String[] {"index.html", "source.html"},
            "text.xsl", new String[] {"text.txt"},
            "apparatus.xsl", new String[] {"apparatus.html"},
            "apparatus-text.xsl", new String[] {"apparatus.txt"},
            "synopsis.xsl", new String[] {"synopsis.html"});

    static Stream<Path> editions() {
        return Editions.all().stream();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void eachViewStylesheetWritesWhatTheEditionStylesheetWrites(Path edition, @TempDir Path out)
            throws IOException, SaxonApiException {
        Path built = Editions.built(edition);
        Processor processor = new Processor(false);
        for (Map.Entry<String, String[]> stylesheet : STYLESHEETS.entrySet()) {
            String[] files = stylesheet.getValue();
            Path folder = Files.createDirectories(out.resolve(stylesheet.getKey()));
            Xslt30Transformer transformer = processor.newXsltCompiler()
                    .compile(new StreamSource(new File("xslt", stylesheet.getKey()))).load30();
            Path primary = folder.resolve(files[0]);
            transformer.setBaseOutputURI(primary.toUri().toString());
            // A build links each edition's index to the corpus-wide one beside it, and its search box to the corpus's
            // search page; standalone, those are parameters.
            transformer.setStylesheetParameters(Map.of(new net.sf.saxon.s9api.QName("corpus-indexes"), new net.sf.saxon.s9api.XdmAtomicValue("../"),
                    new net.sf.saxon.s9api.QName("search-page"), new net.sf.saxon.s9api.XdmAtomicValue("../search.html"),
                    new net.sf.saxon.s9api.QName("edition-name"), new net.sf.saxon.s9api.XdmAtomicValue(built.getFileName().toString())));
            transformer.transform(new StreamSource(edition.toFile()), transformer.newSerializer(primary.toFile()));
            // What the stylesheet wrote: a primary output left empty (no synopsis for one witness) is nothing written.
            java.util.Set<String> written = new java.util.TreeSet<>();
            try (Stream<Path> all = Files.list(folder)) {
                all.filter(file -> !(file.equals(primary) && sizeOf(file) == 0)).forEach(file -> written.add(file.getFileName().toString()));
            }
            // source.html is written only where the source reads differently, a synopsis only for two witnesses or more.
            java.util.Set<String> expected = new java.util.TreeSet<>(Stream.of(files).filter(file -> Files.exists(built.resolve(file))).toList());
            assertEquals(expected, written, stylesheet.getKey() + " on " + edition.getFileName() + ": the files it writes, and no other");
            for (String file : expected) {
                assertEquals(Files.readString(built.resolve(file)), Files.readString(folder.resolve(file)),
                        stylesheet.getKey() + " on " + edition.getFileName() + ": " + file);
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
