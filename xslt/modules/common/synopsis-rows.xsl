<?xml version="1.0" encoding="UTF-8"?>
<!--
  The witnesses a synopsis sets side by side, and its rows: decided here, for the synopsis
  page and for the pages that link to it (the navigation, the apparatus entries).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The synopsis page's file name; empty: no synopsis. -->
  <xsl:param name="synopsis-page" as="xs:string" select="'synopsis.html'"/>

  <!-- The witnesses of the edition's lists of witnesses. -->
  <xsl:variable name="sg:synopsis-witnesses" as="element(tei:witness)*"
      select="/tei:TEI/tei:teiHeader//tei:listWit//tei:witness[@xml:id]"/>
  <xsl:variable name="sg:has-synopsis" as="xs:boolean" select="count($sg:synopsis-witnesses) ge 2 and $synopsis-page != ''"/>

  <!-- The rows: the text's paragraphs, lines and headings, the innermost where they nest. -->
  <xsl:variable name="sg:synopsis-rows" as="element()*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//*[self::tei:p or self::tei:ab or self::tei:l or self::tei:head]
              [not(ancestor::tei:note or ancestor::tei:app[sg:is-kept-apart(.)])][not(.//*[self::tei:p or self::tei:ab or self::tei:l])]"/>
  <xsl:variable name="sgp:synopsis-row-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sg:synopsis-rows) return map:entry(generate-id($sg:synopsis-rows[$i]), $i))"/>

  <!-- The id of a row of the synopsis. -->
  <xsl:function name="sg:synopsis-row-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="'row-' || sg:made-id($block, 'b-', $sgp:synopsis-row-numbers(generate-id($block)))"/>
  </xsl:function>

  <!-- The row of the synopsis where a node of the text stands, if there is a synopsis. -->
  <xsl:function name="sg:synopsis-row" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($sg:has-synopsis)
                          then $node/ancestor-or-self::*[map:contains($sgp:synopsis-row-numbers, generate-id(.))][1] else ()"/>
  </xsl:function>
</xsl:stylesheet>
