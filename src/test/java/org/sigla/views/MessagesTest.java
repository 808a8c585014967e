package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/**
 * The interface words: a key means one thing in a language (the first of two would win in
 * silence, as "search-edition" once said "Search this edition" where "1 edition" was meant),
 * and every language's keys are English ones, the words every language falls back to.
 */
class MessagesTest {

    @Test
    void eachKeyIsGivenOnceInEachLanguageAndEveryKeyIsAnEnglishOne() throws Exception {
        XdmNode messages = Editions.sigla().processor().newDocumentBuilder().build(Path.of("xslt", "messages", "messages.xml").toFile());
        assertEquals(List.of(), Xml.strings(messages,
                "//language/message[@key = preceding-sibling::message/@key]/concat(../@xml:lang, ': ', @key)"), "keys given twice");
        assertEquals(List.of(), Xml.strings(messages,
                "//language[@xml:lang != 'en']/message[not(@key = //language[@xml:lang = 'en']/message/@key)]/concat(../@xml:lang, ': ', @key)"),
                "keys that English lacks");
    }
}
