<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition of a TEI document: index.html with the edited reading and source.html
  with the source's reading (sic, orig, abbr), each with title page, text, notes and indexes.
  source.html only where the source reads differently somewhere (a choice, a deletion, an
  abbreviation mark); otherwise the page says that the source reads alike.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/html.xsl -o:out/index.html
  (source.html is written beside the primary output; the apparatus page is apparatus.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/titlepage.xsl"/>
  <xsl:import href="modules/html/text.xsl"/>
  <xsl:import href="modules/html/msdesc.xsl"/>
  <xsl:import href="modules/html/notes.xsl"/>
  <xsl:import href="modules/html/indexes.xsl"/>
  <xsl:import href="modules/html/edition-page.xsl"/>
  <xsl:import href="modules/html/facsimile.xsl"/>

  <!-- Links to ids are written as the ids are: escaping them would also normalize them to NFC,
       and a link to an id in another normalization form would lead nowhere. External addresses
       are escaped by sg:safe-url. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="sg:web-edition"/>
  </xsl:template>
</xsl:stylesheet>
