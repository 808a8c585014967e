<?xml version="1.0" encoding="UTF-8"?>
<!-- Interface words: every label a view prints comes from messages/messages.xml, by language. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Language of the interface words; by default the edition's own xml:lang, else English. -->
  <xsl:param name="lang" as="xs:string" select="(/*/@xml:lang, 'en')[1]"/>

  <xsl:variable name="sgp:primary-lang" as="xs:string" select="lower-case(tokenize($lang, '-')[1])"/>

  <!-- Every language's words over the English ones, by key. Static: read and built once, when
       the stylesheet is compiled, not again for each document; labels are asked for thousands
       of times in a long edition. -->
  <xsl:variable name="sgp:messages" static="yes" as="element(language)*" select="doc('../../messages/messages.xml')/messages/language"/>
  <xsl:variable name="sgp:words" static="yes" as="map(xs:string, map(xs:string, xs:string))"
      select="map:merge(for $language in distinct-values($sgp:messages/@xml:lang ! string())
                        return map:entry($language, map:merge(($sgp:messages[@xml:lang = $language]/message, $sgp:messages[@xml:lang = 'en']/message)
                                                             ! map:entry(string(@key), string(.)), map{'duplicates': 'use-first'})))"/>
  <!-- The words of the page's language. -->
  <xsl:variable name="sgp:labels" as="map(xs:string, xs:string)" select="($sgp:words($sgp:primary-lang), $sgp:words('en'))[1]"/>

  <!-- The interface word for $key in the edition's language, falling back to English, then to the key. -->
  <xsl:function name="sg:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($sgp:labels($key), $key)[1]"/>
  </xsl:function>

  <!-- French typography: the space before a high punctuation mark or after « is non-breaking,
       so that no line of any view starts with ":" or ends with "«". -->
  <xsl:function name="sg:typography" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <!-- Most text nodes hold none of these marks; the test is much cheaper than the two replaces
         (six searches, cheaper again than translating the text to count them). \s\s* rather
         than \s+: Saxon's regex engine skips ahead to a pattern's first character class, not
         to a repetition, and this replace ran over every text node of a French novel at twice
         the cost. -->
    <xsl:sequence select="if ($sgp:primary-lang = 'fr' and (contains($text, ':') or contains($text, ';') or contains($text, '!')
                                                            or contains($text, '?') or contains($text, '»') or contains($text, '«')))
                          then replace(replace($text, '\s\s*([:;!?»])', '&#xA0;$1'), '«\s+', '«&#xA0;')
                          else $text"/>
  </xsl:function>

  <!-- The edition's language (its primary subtag), for hyphenation and metadata. -->
  <xsl:function name="sg:language" as="xs:string">
    <xsl:sequence select="$sgp:primary-lang"/>
  </xsl:function>

  <!-- The language an HTML page declares: the one the words come from. -->
  <xsl:function name="sg:interface-lang" as="xs:string">
    <xsl:sequence select="if (map:contains($sgp:words, $sgp:primary-lang)) then $sgp:primary-lang else 'en'"/>
  </xsl:function>
</xsl:stylesheet>
