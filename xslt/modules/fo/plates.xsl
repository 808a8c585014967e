<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page images as plates after the text, one to a page with its caption, where
  -p facsimile-plates=true asks for them (modules/common/facsimile.xsl says which).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:fo-plates">
    <xsl:if test="exists($sg:plates)">
      <fo:block id="plates" break-before="page">
        <fo:block font-size="1.2em" font-style="italic" space-after="0.8em" keep-with-next.within-page="always">
          <xsl:value-of select="sg:label('plates')"/>
        </fo:block>
        <xsl:for-each select="$sg:plates">
          <fo:block text-align="center" keep-together.within-page="always" space-after="1em">
            <xsl:if test="position() gt 1"><xsl:attribute name="break-before" select="'page'"/></xsl:if>
            <xsl:choose>
              <xsl:when test="sg:image/@kind = 'local'">
                <fo:block>
                  <fo:external-graphic src="url('{sg:image/@uri}')" width="100%" height="150mm"
                      content-width="scale-down-to-fit" content-height="scale-down-to-fit" scaling="uniform"/>
                </fo:block>
              </xsl:when>
              <xsl:otherwise>
                <fo:block font-size="0.9em" wrap-option="wrap" hyphenate="false"><xsl:value-of select="sg:image/@url"/></fo:block>
              </xsl:otherwise>
            </xsl:choose>
            <fo:block font-size="0.9em" space-before="0.5em"><xsl:value-of select="sg:plate-caption(.)"/></fo:block>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
