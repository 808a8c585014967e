<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus as plain text: the witnesses and sigla, then one entry per
  paragraph of output, keyed to its paragraph (or line, or note).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:apparatus-text">
    <xsl:variable name="witnesses" select="($sg:witnesses, $sg:responsible) ! sg:wrap(@siglum || ' — ' || ., $width, '', '    ')"/>
    <xsl:variable name="entries" as="xs:string*"
        select="for $e in $sg:entries return sg:wrap(string-join(($e/@place[. != ''], string($e)), ' '), $width, '', '    ')"/>
    <xsl:value-of select="string-join((
        sg:label('apparatus') || ' — ' || sg:plain(sg:main-title($sg:file-desc)),
        sg:label('witnesses') || '&#10;' || string-join($witnesses, '&#10;'),
        if (exists($entries)) then string-join($entries, '&#10;') else sg:label('no-entries')), '&#10;&#10;') || '&#10;'"/>
  </xsl:template>
</xsl:stylesheet>
