<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Leiden conventions of epigraphy and papyrology, as EpiDoc editions expect them shown,
  decided once for every view. An edition is read by them when its text has an EpiDoc
  edition division (<div type="edition">); other editions keep the plain conventions
  (a gap is […], supplied text is in square brackets).

    expansion  (ex)        Imp(eratori)       abbreviation mark (am): only in the source reading
    lost, supplied         [abc]              omitted, supplied:      ⟨abc⟩
    lost, n characters     [...]              lost, extent unknown:   three dashes in brackets
    illegible, n chars     ...                unclear letters:        ạḅ (a dot below each)
    vacat (space)          vac.               a glyph (g) without text: its symbol, or its type
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:variable name="sg:leiden" as="xs:boolean" select="exists(/tei:TEI/tei:text//tei:div[@type = 'edition'])"/>

  <!-- The two brackets around supplied text. -->
  <xsl:function name="sg:supplied-brackets" as="xs:string+">
    <xsl:param name="supplied" as="element(tei:supplied)"/>
    <xsl:sequence select="if ($sg:leiden and $supplied/@reason = 'omitted') then ('⟨', '⟩') else ('[', ']')"/>
  </xsl:function>

  <!-- What stands for a gap in the text. -->
  <xsl:function name="sg:gap-text" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:variable name="characters" select="if ($gap/@unit = ('character', 'chars', 'char') or empty($gap/@unit))
                                            then ($gap/@quantity, $gap/@extent)[. castable as xs:integer][1] ! xs:integer(.) else ()"/>
    <xsl:variable name="dots" select="if (exists($characters) and $characters le 20) then string-join((1 to $characters) ! '.') else '---'"/>
    <xsl:sequence select="if (not($sg:leiden)) then '[…]'
                          else if ($gap/@reason = 'illegible') then $dots
                          else if ($gap/@unit = 'line') then '[--- ' || ($gap/@quantity, '?')[1] || ' l. ---]'
                          else '[' || $dots || ']'"/>
  </xsl:function>

  <!-- What stands for a space left blank on the stone or the page. -->
  <xsl:function name="sg:space-text" as="xs:string">
    <xsl:param name="space" as="element(tei:space)"/>
    <xsl:sequence select="if ($sg:leiden) then ' vac. ' else ' '"/>
  </xsl:function>

  <!-- A glyph: its own text where it has some, else the sign of its type, else its type in words. -->
  <xsl:function name="sg:glyph-text" as="xs:string">
    <xsl:param name="g" as="element(tei:g)"/>
    <xsl:variable name="type" select="lower-case(string(($g/@type, substring-after($g/@ref, '#'))[1]))"/>
    <xsl:sequence select="if (normalize-space($g) != '') then string($g)
                          else if ($type = ('leaf', 'hedera')) then '❦'
                          else if ($type = ('interpunct', 'dot', 'stop', 'middot')) then '·'
                          else if ($type = ('cross', 'staurogram')) then '+'
                          else if ($type = 'chirho') then '☧'
                          else if ($type != '') then '(' || $type || ')'
                          else ''"/>
  </xsl:function>

  <!-- Whether the reading shows abbreviation marks (am): they belong to the source's form. -->
  <xsl:function name="sg:shows-abbreviation-marks" as="xs:boolean">
    <xsl:param name="reading" as="xs:string"/>
    <xsl:sequence select="$reading = 'source'"/>
  </xsl:function>

  <!-- Letters read with doubt carry a dot below (U+0323), in Leiden editions only. -->
  <xsl:function name="sg:unclear-letters" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace($text, '(\p{L})', '$1&#x323;')"/>
  </xsl:function>

  <xsl:function name="sg:is-unclear-text" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="$sg:leiden and exists($text/ancestor::tei:unclear)"/>
  </xsl:function>
</xsl:stylesheet>
