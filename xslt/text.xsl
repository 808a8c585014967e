<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text view: a title block, the text filled to $width columns, then the notes.
  UTF-8 in NFC, no markup. Edited reading by default; reading=source gives the source's.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/text.xsl -o:out/text.txt
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/text/wrap.xsl"/>
  <xsl:import href="modules/text/conspectus.xsl"/>
  <xsl:import href="modules/text/inline.xsl"/>
  <xsl:import href="modules/text/blocks.xsl"/>
  <xsl:import href="modules/text/document.xsl"/>

  <xsl:output method="text" encoding="UTF-8" normalization-form="NFC"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="sg:text-document"/>
  </xsl:template>
</xsl:stylesheet>
