<?xml version="1.0" encoding="UTF-8"?>
<!--
  The two pages of the web edition: index.html with the edited reading and source.html
  with the source's (sic, orig, abbr), each with title page, text, notes and indexes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Both pages, the edited one where the output goes and the source's beside it. -->
  <xsl:template name="sg:web-edition">
    <xsl:call-template name="sg:facsimile-library"/>
    <xsl:call-template name="sg:edition-page">
      <xsl:with-param name="shown" select="'edited'"/>
    </xsl:call-template>
    <xsl:if test="$source-page != '' and $sg:has-source-reading">
      <xsl:result-document href="{$source-page}">
        <xsl:call-template name="sg:edition-page">
          <xsl:with-param name="shown" select="'source'"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sg:edition-page">
    <xsl:param name="shown" as="xs:string"/>
    <xsl:call-template name="sg:html-page">
      <xsl:with-param name="page-title" select="sg:plain(sg:main-title($sg:file-desc))"/>
      <xsl:with-param name="current" select="$shown"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. = ('edited', 'source')]" mode="sg:page-content">
    <xsl:param name="shown" as="xs:string" tunnel="yes"/>
    <xsl:for-each select="$sg:document">
      <xsl:call-template name="sg:title-page"/>
      <xsl:call-template name="sg:witness-descriptions"/>
      <section id="text" class="reading-text {$shown}" aria-labelledby="text-title">
        <xsl:for-each select="/tei:TEI/tei:text/@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
        <h2 id="text-title"><xsl:value-of select="sg:label('text')"/>
          <xsl:if test="$shown = 'source'"> — <xsl:value-of select="sg:label('source-reading')"/></xsl:if></h2>
        <xsl:call-template name="sg:with-facsimile">
          <xsl:with-param name="text" select="'edition-text'"/>
        </xsl:call-template>
      </section>
      <xsl:choose>
        <xsl:when test="$sgp:notes-and-indexes-read-alike"><xsl:sequence select="$sgp:notes-and-indexes"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="sgp:notes-and-indexes"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match=".[. = 'edition-text']" mode="sg:beside-facsimile">
    <xsl:apply-templates select="$sg:document/tei:TEI/tei:text" mode="html"/>
  </xsl:template>

  <xsl:template name="sgp:notes-and-indexes">
    <xsl:call-template name="sg:notes-section"/>
    <div id="indexes" class="indexes">
      <xsl:call-template name="sg:indexes"/>
    </div>
  </xsl:template>

  <!-- The notes and indexes read alike on both pages unless they hold a choice or a deletion
       (the only markup whose reading a page chooses); then they are made once for both. -->
  <xsl:variable name="sgp:notes-and-indexes-read-alike" as="xs:boolean"
      select="empty(($sg:notes | /tei:TEI/(tei:teiHeader | tei:standOff | tei:text/tei:back))//*[self::tei:choice or self::tei:del])"/>
  <xsl:variable name="sgp:notes-and-indexes" as="node()*">
    <xsl:call-template name="sgp:notes-and-indexes"/>
  </xsl:variable>
</xsl:stylesheet>
