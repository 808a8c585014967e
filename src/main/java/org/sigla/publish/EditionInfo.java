package org.sigla.publish;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import org.sigla.Edition;

/** What the corpus page says of an edition: its title, author and date, from its header. */
record EditionInfo(String title, String author, String date) {

    static EditionInfo of(Processor processor, Edition edition) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        return new EditionInfo(
                value(xpath, edition, "(//tei:titleStmt/tei:title[@type = 'main'], //tei:titleStmt/tei:title)[1]"),
                value(xpath, edition, "string-join(//tei:titleStmt/tei:author ! normalize-space(string-join(.//text()[not(ancestor::tei:idno)], ' ')), ', ')"),
                value(xpath, edition, "(//tei:sourceDesc//tei:date, //tei:publicationStmt/tei:date)[1]"));
    }

    private static String value(XPathCompiler xpath, Edition edition, String expression) {
        try {
            return xpath.evaluateSingle("normalize-space(string((" + expression + ")[1]))", edition.document()).getStringValue();
        } catch (SaxonApiException e) {
            return "";
        }
    }
}
