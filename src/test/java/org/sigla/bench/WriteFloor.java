package org.sigla.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.serialize.SerializationProperties;
import org.sigla.Edition;

/**
 * The least that writing Sigla's views costs on Saxon-HE: the result trees of edition.xsl,
 * made beforehand and not counted, serialized with the output settings each asked for. Any
 * XSLT rendering of the same pages pays at least this, whatever it computes.
 */
final class WriteFloor {

    private final Processor processor;
    private final XsltExecutable views;

    WriteFloor(Processor processor) throws SaxonApiException {
        this.processor = processor;
        this.views = processor.newXsltCompiler().compile(
                new StreamSource(WriteFloor.class.getResource("/org/sigla/xslt/edition.xsl").toExternalForm()));
    }

    /** Seconds spent serializing the views of one edition into {@code folder}. */
    double seconds(Edition edition, Path folder) throws SaxonApiException {
        List<Result> results = new ArrayList<>();
        Xslt30Transformer transformer = views.load30();
        transformer.setGlobalContextItem(edition.document());
        transformer.setBaseOutputURI(folder.toAbsolutePath().toUri().resolve("./").toString());
        transformer.setResultDocumentHandler(uri -> {
            Result result = new Result(uri);
            results.add(result);
            return result;
        });
        transformer.applyTemplates(edition.document(), new NullDestination());
        long start = System.nanoTime();
        for (Result result : results) {
            Serializer serializer = processor.newSerializer(Path.of(result.uri).toFile());
            serializer.setOutputProperties(result.properties);
            serializer.serializeNode(result.getXdmNode());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A result tree that keeps the output settings (method, encoding, normalization) its xsl:result-document gave. */
    private static final class Result extends XdmDestination {
        private final URI uri;
        private SerializationProperties properties;

        Result(URI uri) {
            this.uri = uri;
        }

        @Override
        public Receiver getReceiver(PipelineConfiguration pipe, SerializationProperties params) {
            properties = params;
            return super.getReceiver(pipe, params);
        }
    }
}
