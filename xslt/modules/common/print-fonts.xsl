<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which font sets which script in print, read from print-fonts.xml: the families in the order a
  print route falls back through them, and the scripts an edition writes in beside its own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Static: read once, when the stylesheet is compiled. -->
  <xsl:variable name="sgp:print-fonts" static="yes" as="element(fonts)" select="doc('print-fonts.xml')/fonts"/>

  <!-- Every family, the main script's first and the fallback faces last: FOP takes each character from the first that has it. -->
  <xsl:function name="sg:print-families" as="xs:string*">
    <xsl:sequence select="distinct-values((($sgp:print-fonts/script[@main = 'true'], $sgp:print-fonts/script[not(@signs)])/@family, sg:fallback-families()))"/>
  </xsl:function>

  <!-- The face for code (a TEI example's markup), then the main face for what it lacks. -->
  <xsl:function name="sg:monospace-families" as="xs:string">
    <xsl:sequence select="string-join(($sgp:print-fonts/face[@role = 'monospace']/@family, sg:print-families()[1]), ', ')"/>
  </xsl:function>

  <!-- The faces for the signs no script face has. -->
  <xsl:function name="sg:fallback-families" as="xs:string*">
    <xsl:sequence select="distinct-values($sgp:print-fonts/script[@signs = 'true']/@family)"/>
  </xsl:function>

  <!-- The scripts other than the main one that this edition holds, read once. -->
  <xsl:variable name="sg:scripts-used" as="element(script)*" select="sg:other-scripts(string(/))"/>

  <!-- The families this edition needs, the main face first: FOP tries each for every word, so a
       French novel is set faster with one family than with all of them (17 s against 13 s). -->
  <xsl:function name="sg:families-used" as="xs:string*">
    <xsl:sequence select="distinct-values((sg:print-families()[1], $sg:scripts-used/@family))"/>
  </xsl:function>

  <!-- The scripts other than the main one that a text holds at least one character of. -->
  <xsl:function name="sg:other-scripts" as="element(script)*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$sgp:print-fonts/script[@characters][matches($text, '[' || @characters || ']')]"/>
  </xsl:function>
</xsl:stylesheet>
