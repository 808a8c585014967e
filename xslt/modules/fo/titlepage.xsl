<?xml version="1.0" encoding="UTF-8"?>
<!-- The title page of the print edition, from the teiHeader: what the web edition's title page says, set for paper. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:fo-title-page">
    <xsl:variable name="file-desc" select="$sg:file-desc"/>
    <fo:block id="title-page" text-align="center" hyphenate="false">
      <fo:block font-variant="small-caps" font-size="13pt" space-before="18mm" space-after="8mm">
        <xsl:value-of select="string-join($file-desc/tei:titleStmt/tei:author ! sg:plain(.), ', ')"/>
      </fo:block>
      <fo:block font-size="20pt" line-height="1.2" space-after="4mm"><xsl:apply-templates select="sg:main-title($file-desc)/node()" mode="fo"/></fo:block>
      <xsl:for-each select="$file-desc/tei:titleStmt/tei:title[@type = 'sub']">
        <fo:block font-style="italic" space-after="14mm"><xsl:apply-templates mode="fo"/></fo:block>
      </xsl:for-each>
    </fo:block>
    <fo:block font-size="7.5pt" text-align="start" space-before="12mm" hyphenate="false">
      <xsl:variable name="named" select="$file-desc/tei:titleStmt/tei:respStmt/*/@ref ! sg:local-ids(.)"/>
      <xsl:for-each select="$file-desc/tei:titleStmt/(tei:respStmt | (tei:editor | tei:funder | tei:sponsor | tei:principal)[not(@xml:id = $named)])">
        <fo:block space-after="1pt"><xsl:value-of select="if (self::tei:respStmt) then sg:plain(tei:resp) || sg:label('colon') || string-join((tei:name | tei:persName | tei:orgName) ! sg:plain(.), ', ') else sg:plain(.)"/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="$file-desc/tei:sourceDesc/(* except $sg:described-witnesses)">
        <fo:block space-before="4pt"><fo:inline font-weight="bold"><xsl:value-of select="sg:label('source') || sg:label('colon')"/></fo:inline>
          <xsl:value-of select="string-join(((tei:author, tei:title, tei:editor, tei:publisher, tei:pubPlace, tei:date, tei:extent, tei:msIdentifier/*)[normalize-space()] ! sg:plain(.)), ', ')"/>
          <xsl:if test="empty(tei:author | tei:title | tei:msIdentifier)"><xsl:value-of select="sg:plain(.)"/></xsl:if>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$file-desc/tei:publicationStmt/tei:availability">
        <fo:block space-before="4pt"><fo:inline font-weight="bold"><xsl:value-of select="sg:label('licence') || sg:label('colon')"/></fo:inline><xsl:value-of select="sg:plain(.)"/>
          <xsl:for-each select="tei:licence/@target[exists(sg:safe-url(.))]"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each>
        </fo:block>
      </xsl:for-each>
      <fo:block space-before="4pt"><fo:inline font-weight="bold"><xsl:value-of select="sg:label('how-to-cite') || sg:label('colon')"/></fo:inline>
        <xsl:value-of select="sg:citation($file-desc)"/><xsl:if test="$edition-url != ''"><xsl:text> </xsl:text><xsl:value-of select="$edition-url"/></xsl:if>
      </fo:block>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
