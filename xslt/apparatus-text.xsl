<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus as plain text: the witnesses and sigla, then one entry per
  paragraph of output, keyed to its paragraph (or line, or note).

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/apparatus-text.xsl -o:out/apparatus.txt
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/apparatus/segments.xsl"/>
  <xsl:import href="modules/text/wrap.xsl"/>

  <!-- Line width, in characters. -->
  <xsl:param name="width" as="xs:integer" select="72"/>

  <xsl:output method="text" encoding="UTF-8" normalization-form="NFC"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:variable name="witnesses" select="($sg:witnesses, $sg:responsible) ! sg:wrap(@siglum || ' — ' || ., $width, '', '    ')"/>
    <xsl:variable name="entries" as="xs:string*"
        select="for $e in $sg:entries return sg:wrap(string-join(($e/@place[. != ''], string-join(sg:entry-segments($e))), ' '), $width, '', '    ')"/>
    <xsl:value-of select="string-join((
        sg:label('apparatus') || ' — ' || sg:plain(sg:main-title($sg:file-desc)),
        sg:label('witnesses') || '&#10;' || string-join($witnesses, '&#10;'),
        if (exists($entries)) then string-join($entries, '&#10;') else sg:label('no-entries')), '&#10;&#10;') || '&#10;'"/>
  </xsl:template>
</xsl:stylesheet>
