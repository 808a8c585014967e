<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition of a TEI document: index.html with the edited reading and source.html
  with the source's reading (sic, orig, abbr), each with title page, text, notes and indexes.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/html.xsl -o:out/index.html
  (source.html is written beside the primary output; the apparatus page is apparatus.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/titlepage.xsl"/>
  <xsl:import href="modules/html/text.xsl"/>
  <xsl:import href="modules/html/notes.xsl"/>
  <xsl:import href="modules/html/indexes.xsl"/>

  <!-- Links to ids are written as the ids are: escaping them would also normalize them to NFC,
       and a link to an id in another normalization form would lead nowhere. External addresses
       are escaped by sg:safe-url. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="sg:edition-page">
      <xsl:with-param name="shown" select="'edited'" tunnel="yes"/>
    </xsl:call-template>
    <xsl:if test="$source-page != ''">
      <xsl:result-document href="{$source-page}">
        <xsl:call-template name="sg:edition-page">
          <xsl:with-param name="shown" select="'source'" tunnel="yes"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sg:edition-page">
    <xsl:param name="shown" as="xs:string" tunnel="yes"/>
    <xsl:call-template name="sg:html-page">
      <xsl:with-param name="page-title" select="sg:plain(sg:main-title($sg:file-desc))"/>
      <xsl:with-param name="current" select="$shown"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="sg:title-page"/>
        <section id="text" class="reading-text {$shown}" aria-labelledby="text-title">
          <xsl:for-each select="/tei:TEI/tei:text/@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
          <h2 id="text-title"><xsl:value-of select="sg:label('text')"/>
            <xsl:if test="$shown = 'source'"> — <xsl:value-of select="sg:label('source-reading')"/></xsl:if></h2>
          <xsl:apply-templates select="/tei:TEI/tei:text" mode="html"/>
        </section>
        <xsl:call-template name="sg:notes-section"/>
        <div id="indexes" class="indexes">
          <xsl:call-template name="sg:indexes"/>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
