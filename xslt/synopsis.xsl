<?xml version="1.0" encoding="UTF-8"?>
<!--
  The synopsis of the witnesses (synopsis.html, beside the web edition), for an edition with
  two witnesses or more; for one with fewer it writes nothing.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/synopsis.xsl -o:out/synopsis.html
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/sigla.xsl"/>
  <xsl:import href="modules/html/text.xsl"/>
  <xsl:import href="modules/html/notes.xsl"/>
  <xsl:import href="modules/html/synopsis.xsl"/>
  <xsl:import href="modules/html/facsimile.xsl"/>

  <!-- As in html.xsl: ids in links are written as they are, external addresses escaped by sg:safe-url. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:if test="$sg:has-synopsis">
      <xsl:call-template name="sg:facsimile-library"/>
      <xsl:call-template name="sg:synopsis-page"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
