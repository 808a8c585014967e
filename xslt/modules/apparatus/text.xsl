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

  <!-- Written entry by entry, not joined into one string first (see modules/text/document.xsl). -->
  <xsl:template name="sg:apparatus-text">
    <xsl:variable name="witnesses" select="sg:conspectus-lines(($sg:witnesses, $sg:responsible))"/>
    <xsl:value-of select="sg:label('apparatus') || ' — ' || sg:plain(sg:main-title($sg:file-desc)) || '&#10;&#10;'
                          || sg:label('witnesses') || '&#10;' || string-join($witnesses, '&#10;') || '&#10;&#10;'"/>
    <xsl:for-each select="$sg:entries">
      <xsl:value-of select="(if (position() = 1) then '' else '&#10;') || sg:wrap(string-join((@place[. != ''], string(.)), ' '), $width, '', '    ')"/>
    </xsl:for-each>
    <xsl:if test="empty($sg:entries)"><xsl:value-of select="sg:label('no-entries')"/></xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
