<?xml version="1.0" encoding="UTF-8"?>
<!--
  The witnesses in print: the conspectus siglorum before the text (one line per witness, its
  siglum, shelfmark and date, grouped as the listWits group them), and the full descriptions
  after it, each in the parts of common/ms-description.xsl (-p witness-descriptions=false
  leaves them out).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:fo-conspectus">
    <xsl:if test="$sg:witness-list/self::tei:listWit">
      <fo:block id="conspectus" break-after="page">
        <fo:block font-size="1.2em" font-style="italic" space-after="0.8em" keep-with-next.within-page="always">
          <xsl:value-of select="sg:label('conspectus')"/>
        </fo:block>
        <xsl:for-each select="$sg:witnesses">
          <fo:block start-indent="{3 + 1.5 * xs:integer(@depth)}em" text-indent="-3em" text-align="start" space-after="2pt">
            <fo:inline font-weight="bold"><xsl:value-of select="@siglum"/></fo:inline>
            <fo:leader leader-length="3em" leader-pattern="space"/>
            <xsl:value-of select="."/>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sg:fo-witness-descriptions">
    <xsl:variable name="described" select="sg:fully-described-witnesses()"/>
    <xsl:if test="$witness-descriptions and exists($described)">
      <fo:block id="witness-descriptions" break-before="page" font-size="1.2em" font-style="italic" space-after="0.8em">
        <xsl:value-of select="sg:label('witness-descriptions')"/>
      </fo:block>
      <xsl:for-each select="$described">
        <fo:block font-size="9pt" text-align="start" space-after="1em">
          <fo:block font-weight="bold" space-after="3pt" keep-with-next.within-page="always">
            <xsl:value-of select="string-join((sg:siglum(.), sg:witness-summary(.)), '  ')"/>
          </fo:block>
          <xsl:call-template name="sgp:fo-description">
            <xsl:with-param name="description" select="sg:ms-description(sg:witness-description(.))"/>
          </xsl:call-template>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sgp:fo-description">
    <xsl:param name="description" as="map(*)"/>
    <xsl:for-each select="$description?paragraphs"><fo:block space-after="2pt"><xsl:apply-templates mode="fo"/></fo:block></xsl:for-each>
    <xsl:for-each select="$description?parts?*">
      <fo:block font-style="italic" space-before="4pt" keep-with-next.within-page="always"><xsl:value-of select="sg:label(?key)"/></fo:block>
      <xsl:for-each select="?paragraphs"><fo:block><xsl:apply-templates mode="fo"/></fo:block></xsl:for-each>
      <xsl:call-template name="sgp:fo-facts"><xsl:with-param name="facts" select="?facts"/></xsl:call-template>
      <xsl:call-template name="sgp:fo-items"><xsl:with-param name="items" select="?items"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$description?subparts?*">
      <fo:block start-indent="1em" space-before="4pt">
        <fo:block font-weight="bold" keep-with-next.within-page="always">
          <xsl:value-of select="string-join((?heading, ?date ! sg:plain-date(.)), ', ')"/>
        </fo:block>
        <xsl:call-template name="sgp:fo-description"><xsl:with-param name="description" select="?description"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sgp:fo-facts">
    <xsl:param name="facts" as="array(*)"/>
    <xsl:for-each select="$facts?*">
      <fo:block>
        <fo:inline font-style="italic"><xsl:value-of select="sg:label(?key) || sg:label('colon')"/></fo:inline>
        <xsl:value-of select="?text"/>
        <xsl:apply-templates select="?nodes" mode="fo"/>
        <xsl:value-of select="?after"/>
        <xsl:for-each select="?list">
          <xsl:if test="position() gt 1"><xsl:text> — </xsl:text></xsl:if>
          <xsl:apply-templates mode="fo"/>
        </xsl:for-each>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sgp:fo-items">
    <xsl:param name="items" as="array(*)"/>
    <xsl:for-each select="$items?*">
      <fo:block start-indent="inherited-property-value(start-indent) + 1em" space-before="2pt">
        <xsl:if test="?n != ''"><fo:block font-weight="bold"><xsl:value-of select="?n"/></fo:block></xsl:if>
        <xsl:call-template name="sgp:fo-facts"><xsl:with-param name="facts" select="?facts"/></xsl:call-template>
        <xsl:call-template name="sgp:fo-items"><xsl:with-param name="items" select="?items"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
