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
    <!-- Most text nodes hold none of these marks; the test is much cheaper than the work. -->
    <xsl:sequence select="if ($sgp:primary-lang = 'fr' and (contains($text, ':') or contains($text, ';') or contains($text, '!')
                                                            or contains($text, '?') or contains($text, '»') or contains($text, '«')))
                          then sgp:french-spaces($text)
                          else $text"/>
  </xsl:function>

  <!-- The whitespace before each mark becomes one no-break space, as replace($text, '\s\s*([:;!?»])',
       '&#xA0;$1') would make it. Not that replace: Saxon's regex engine starts a match at every
       whitespace character, so it cost a step per space of the text; cut at the marks instead (a
       class of characters it skips to quickly), the text view of French novels spends a third as
       long here. -->
  <xsl:function name="sgp:french-spaces" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize($text, '[:;!?»]')"/>
    <xsl:variable name="spaced" as="xs:string*">
      <xsl:iterate select="$parts[position() lt last()]">
        <xsl:param name="end" as="xs:integer" select="0"/>
        <xsl:variable name="mark-at" select="$end + string-length(.) + 1"/>
        <xsl:sequence select="sgp:no-break-before-mark(.), substring($text, $mark-at, 1)"/>
        <xsl:next-iteration><xsl:with-param name="end" select="$mark-at"/></xsl:next-iteration>
      </xsl:iterate>
      <xsl:sequence select="$parts[last()]"/>
    </xsl:variable>
    <xsl:variable name="joined" select="string-join($spaced)"/>
    <xsl:sequence select="if (contains($joined, '«')) then replace($joined, '«\s+', '«&#xA0;') else $joined"/>
  </xsl:function>

  <!-- The words before a mark, their trailing whitespace one no-break space: mostly a single space,
       cut without a regex. -->
  <xsl:function name="sgp:no-break-before-mark" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:variable name="length" select="string-length($words)"/>
    <xsl:sequence select="if (not(substring($words, $length) = $sgp:whitespace)) then $words
                          else if (not(substring($words, $length - 1, 1) = $sgp:whitespace)) then substring($words, 1, $length - 1) || '&#xA0;'
                          else replace($words, '\s+$', '&#xA0;')"/>
  </xsl:function>
  <!-- What \s matches in a regular expression. -->
  <xsl:variable name="sgp:whitespace" static="yes" as="xs:string*" select="(' ', '&#9;', '&#10;', '&#13;')"/>

  <!-- The edition's language (its primary subtag), for hyphenation and metadata. -->
  <xsl:function name="sg:language" as="xs:string">
    <xsl:sequence select="$sgp:primary-lang"/>
  </xsl:function>

  <!-- The language an HTML page declares: the one the words come from. -->
  <xsl:function name="sg:interface-lang" as="xs:string">
    <xsl:sequence select="if (map:contains($sgp:words, $sgp:primary-lang)) then $sgp:primary-lang else 'en'"/>
  </xsl:function>
</xsl:stylesheet>
