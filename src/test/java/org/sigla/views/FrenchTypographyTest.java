package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * French typography (modules/common/l10n.xsl) puts one no-break space for the whitespace before
 * : ; ! ? » and after «. It is written without the regular expression that says so, which cost a
 * step per space of the text; on any text it gives what that expression gives.
 */
class FrenchTypographyTest {

    private static final Processor PROCESSOR = new Processor(false);
    private static final XsltExecutable L10N = compile();
    private static final String DEFINITION = "replace(replace($text, '\\s\\s*([:;!?»])', '\u00A0$1'), '«\\s+', '«\u00A0')";

    @Property(tries = 2000)
    void theMarksAreSpacedAsTheRegularExpressionSpacesThem(
            @ForAll @StringLength(max = 24) @Chars({'a', 'é', ' ', '\n', '\t', '\r', '\u00A0', ':', ';', '!', '?', '»', '«'}) String text)
            throws SaxonApiException {
        assertEquals(defined(text), typography(text), "for [" + text + "]");
    }

    @Example
    void runsOfWhitespaceAMarkAtEitherEndAndMarksSideBySide() throws SaxonApiException {
        for (String text : new String[] {"Quoi !", "Quoi  !\n", "«  Oui ! » dit-il ; puis :", "!", " ?", "a\n\t\t?!", "a \u00A0!", "« »"}) {
            assertEquals(defined(text), typography(text), "for [" + text + "]");
        }
        assertEquals("«\u00A0Oui\u00A0!\u00A0» dit-il\u00A0; puis\u00A0:", typography("« Oui ! » dit-il ; puis :"));
    }

    private static String typography(String text) throws SaxonApiException {
        Xslt30Transformer transformer = L10N.load30();
        transformer.setStylesheetParameters(java.util.Map.of(new QName("lang"), new XdmAtomicValue("fr")));
        transformer.setInitialTemplateParameters(java.util.Map.of(new QName("text"), new XdmAtomicValue(text)), false);
        return transformer.callTemplate(new QName("typography")).itemAt(0).getStringValue();
    }

    private static String defined(String text) throws SaxonApiException {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareVariable(new QName("text"));
        var selector = xpath.compile(DEFINITION).load();
        selector.setVariable(new QName("text"), new XdmAtomicValue(text));
        return selector.evaluateSingle().getStringValue();
    }

    private static XsltExecutable compile() {
        String wrapper = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                + "<xsl:import href='modules/common/l10n.xsl'/>"
                + "<xsl:template name='typography'><xsl:param name='text'/><xsl:sequence select='sg:typography($text)' xmlns:sg='http://sigla.org/ns'/></xsl:template>"
                + "</xsl:stylesheet>";
        try {
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(new StringReader(wrapper), new File("xslt", "typography-test.xsl").toURI().toString()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
