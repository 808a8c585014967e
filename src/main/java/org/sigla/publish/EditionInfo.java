package org.sigla.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.sigla.Edition;

/**
 * What the home page says of an edition, from its header: its own title (the main or
 * analytic one, not the series it belongs to), its author, the date of the text (not of the
 * edition's publication), and for a letter its sender and addressee.
 *
 * @param when the date of the text as a sortable ISO date or year, or empty
 */
record EditionInfo(String title, String author, String date, String when, String sender, String addressee) {

    private static final String TITLES = "/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title";
    /** Titles that name what the text belongs to, or another form of its title, not the text itself. */
    private static final String CONTAINERS = "('s', 'j', 'series', 'journal', 'volume', 'collection', 'sub', 'subtitle', 'short', 'alt', 'desc')";
    private static final String SENT = "//tei:correspDesc/tei:correspAction[@type = 'sent']";
    private static final String RECEIVED = "//tei:correspDesc/tei:correspAction[@type = 'received']";
    /** The date of the text: sent, created, or the source's; the edition's own publication last. */
    private static final String DATE = "(" + SENT + "/tei:date, //tei:profileDesc/tei:creation//tei:date,"
            + " //tei:sourceDesc//tei:date, /*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date)[1]";

    static EditionInfo of(Processor processor, Edition edition) {
        XdmNode document = edition.document();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        xpath.declareVariable(REGISTERS);
        return new EditionInfo(
                value(xpath, document, "(" + TITLES + "[@type = 'main'], " + TITLES + "[@level = 'a'], "
                        + TITLES + "[@type = ('content', 'text', 'work', 'individual')], "
                        + TITLES + "[not(@level = ('s', 'j')) and not(@type = " + CONTAINERS + ")], " + TITLES + ")[1]"),
                value(xpath, document, "string-join(//tei:titleStmt/tei:author ! normalize-space(string-join(.//text()[not(ancestor::tei:idno)], ' ')), ', ')"),
                value(xpath, document, "let $d := " + DATE + " return if (normalize-space($d) != '') then $d else ($d/(@when, @when-iso, @notBefore, @notBefore-iso, @from, @from-iso))[1]"),
                value(xpath, document, "let $d := " + DATE + " return (($d/(@when, @when-iso, @notBefore, @notBefore-iso, @from, @from-iso, @notAfter, @notAfter-iso, @to, @to-iso)), replace($d, '^.*?(\\d{4}).*$', '$1')[matches(., '^\\d{4}$')])[1]"),
                correspondents(xpath, edition, SENT), correspondents(xpath, edition, RECEIVED));
    }

    /** The senders or addressees; a name written only as a pointer (@key, @ref) is named by its entry, in the edition or a register. */
    private static String correspondents(XPathCompiler xpath, Edition edition, String action) {
        String expression = "string-join(for $n in " + action + "/(tei:persName | tei:orgName | tei:name) return"
                + " if (normalize-space($n) != '') then normalize-space($n) else"
                + " let $ids := (tokenize($n/@key), tokenize($n/@ref)[contains(., '#')] ! substring-after(., '#'))[. != ''],"
                + " $entry := (root($n)//*[@xml:id = $ids], $registers//*[@xml:id = $ids])[1]"
                + " return normalize-space(($entry/(tei:persName[@type = 'main'], tei:persName, tei:orgName, tei:name), $ids)[1]), '; ')";
        try {
            XPathSelector selector = xpath.compile(expression).load();
            selector.setContextItem(edition.document());
            selector.setVariable(REGISTERS, new XdmValue(edition.registers()));
            return selector.evaluateSingle().getStringValue();
        } catch (SaxonApiException e) {
            return "";
        }
    }

    private static final QName REGISTERS = new QName("registers");

    /** As the manifest keeps it: attribute name to value. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("author", author);
        fields.put("date", date);
        fields.put("when", when);
        fields.put("sender", sender);
        fields.put("addressee", addressee);
        return fields;
    }

    /** As the manifest kept it. */
    static EditionInfo read(Function<String, String> field) {
        return new EditionInfo(field.apply("title"), field.apply("author"), field.apply("date"), field.apply("when"),
                field.apply("sender"), field.apply("addressee"));
    }

    private static String value(XPathCompiler xpath, XdmNode document, String expression) {
        try {
            return xpath.evaluateSingle("normalize-space(string((" + expression + ")[1]))", document).getStringValue();
        } catch (SaxonApiException e) {
            return "";
        }
    }
}
