<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus as a web page (apparatus.html, beside the web edition).

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/apparatus.xsl -o:out/apparatus.html
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/sigla.xsl"/>
  <xsl:import href="modules/apparatus/page.xsl"/>

  <!-- Links to ids are written as the ids are: escaping them would also normalize them to NFC,
       and a link to an id in another normalization form would lead nowhere. External addresses
       are escaped by sg:safe-url. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="sg:apparatus-page"/>
  </xsl:template>
</xsl:stylesheet>
