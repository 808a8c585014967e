<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition as XSL-FO: title page, the text with paragraph numbers in the margin,
  notes and apparatus at the foot of each page, then the indexes with page numbers and a
  table of contents. Sigla renders it with Apache FOP; any XSL-FO processor can.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/print-fo.xsl -o:edition.fo
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/common/print-fonts.xsl"/>
  <xsl:import href="modules/fo/layout.xsl"/>
  <xsl:import href="modules/fo/titlepage.xsl"/>
  <xsl:import href="modules/fo/text.xsl"/>
  <xsl:import href="modules/fo/foot.xsl"/>
  <xsl:import href="modules/fo/index.xsl"/>
  <xsl:import href="modules/fo/scripts.xsl"/>
  <xsl:import href="modules/fo/witnesses.xsl"/>
  <xsl:import href="modules/fo/plates.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="sg:needs-script-runs()">
        <xsl:variable name="fo" as="element(fo:root)"><xsl:call-template name="sg:fo-document"/></xsl:variable>
        <xsl:apply-templates select="$fo" mode="sg:script-runs"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="sg:fo-document"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="sg:fo-document">
    <xsl:variable name="file-desc" select="$sg:file-desc"/>
    <xsl:variable name="title" select="sg:plain(sg:main-title($file-desc))"/>
    <xsl:variable name="author" select="string-join($file-desc/tei:titleStmt/tei:author ! sg:plain(.), ', ')"/>
    <fo:root font-family="{$font-family}" font-size="{$font-size}" line-height="1.35" language="{sg:language()}"
             hyphenate="true" hyphenation-push-character-count="3" hyphenation-remain-character-count="3">
      <xsl:call-template name="sg:layout-master-set"/>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><xsl:value-of select="$title"/></dc:title>
              <dc:creator><xsl:value-of select="$author"/></dc:creator>
              <dc:language><xsl:value-of select="sg:language()"/></dc:language>
              <dc:description><xsl:value-of select="sg:citation($file-desc)"/></dc:description>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <xsl:call-template name="sg:fo-bookmarks"/>
      <fo:page-sequence master-reference="title">
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="sg:fo-title-page"/>
        </fo:flow>
      </fo:page-sequence>
      <fo:page-sequence master-reference="book" initial-page-number="auto-odd">
        <xsl:call-template name="sg:running-heads">
          <xsl:with-param name="author" select="$author"/>
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="sg:fo-conspectus"/>
          <fo:block id="text" text-align="justify">
            <xsl:apply-templates select="tei:TEI/tei:text" mode="fo"/>
          </fo:block>
          <xsl:call-template name="sg:fo-plates"/>
          <xsl:call-template name="sg:fo-witness-descriptions"/>
          <xsl:call-template name="sg:fo-indexes"/>
          <xsl:call-template name="sg:fo-contents"/>
          <xsl:call-template name="sg:fo-measure"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
