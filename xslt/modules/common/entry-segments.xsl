<?xml version="1.0" encoding="UTF-8"?>
<!--
  How an apparatus entry reads, once for every view: its pieces in order (lemma, closing
  bracket, kind, sigla, readings, separators), so that the HTML, text and print views differ
  only in how they dress each piece. Each sg:entry carries them, made once when the entry
  is: the pieces a view may dress as sg:seg elements with their role (lemma, kind, sigla,
  reading), the punctuation that only joins them (bracket, spaces, separators) as plain
  text between them, which no view dresses. The entry's string value is how it reads.

  "3 toutes] corr. Sigla; tous M" — paragraph 3, the edited reading "toutes", corrected by
  the editor Sigla, where the source M reads "tous".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sgp:entry-segments">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="lemma" as="map(*)"/>
    <xsl:param name="readings" as="map(*)*"/>
    <xsl:variable name="editorial" select="$kind != 'var'"/>
    <!-- An empty lemma (the base text has nothing where a witness adds) reads "om.". -->
    <sg:seg role="lemma"><xsl:value-of select="if (normalize-space($lemma?text) = '') then sg:label('kind-om') else $lemma?text"/></sg:seg>
    <xsl:text>]</xsl:text>
    <xsl:if test="$editorial">
      <xsl:text> </xsl:text>
      <sg:seg role="kind"><xsl:value-of select="sg:label('kind-' || $kind)"/></sg:seg>
    </xsl:if>
    <xsl:variable name="lemma-sigla" select="$lemma?sigla != '' and ($editorial or $apparatus = 'positive')"/>
    <xsl:if test="$lemma-sigla">
      <xsl:text> </xsl:text>
      <sg:seg role="sigla"><xsl:value-of select="$lemma?sigla"/></sg:seg>
    </xsl:if>
    <xsl:for-each select="$readings">
      <xsl:variable name="reading" select="."/>
      <xsl:value-of select="if (position() = 1 and not($editorial or $lemma-sigla)) then ' ' else '; '"/>
      <xsl:choose>
        <xsl:when test="$reading?kind = ('om', 'lac', 'lac-end')">
          <sg:seg role="kind"><xsl:value-of select="sg:label('kind-' || $reading?kind)"/></sg:seg>
        </xsl:when>
        <xsl:otherwise>
          <sg:seg role="reading"><xsl:value-of select="$reading?text"/></sg:seg>
          <xsl:if test="$reading?kind != ''">
            <xsl:text> </xsl:text>
            <sg:seg role="kind"><xsl:value-of select="sg:label('kind-' || $reading?kind)"/></sg:seg>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$reading?sigla != ''">
        <xsl:text> </xsl:text>
        <sg:seg role="sigla"><xsl:value-of select="$reading?sigla"/></sg:seg>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
