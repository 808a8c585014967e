<?xml version="1.0" encoding="UTF-8"?>
<!--
  The witnesses in the LaTeX print edition: the conspectus siglorum on a page of its own before
  the text, and after the text the witnesses' full descriptions in the parts of
  common/ms-description.xsl (-p witness-descriptions=false leaves them out).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:latex-conspectus">
    <xsl:if test="$sg:witness-list/self::tei:listWit">
      <xsl:value-of select="'\cleardoublepage&#10;\pdfbookmark[0]{' || sg:tex(sg:label('conspectus')) || '}{conspectus}&#10;{\centering\large\itshape ' || sg:tex(sg:label('conspectus')) || '\par}\bigskip&#10;{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000&#10;'"/>
      <xsl:for-each select="$sg:witnesses">
        <xsl:value-of select="'\noindent\hangindent=' || (3 + 1.5 * xs:integer(@depth)) || 'em\hangafter=1\hspace*{' || 1.5 * xs:integer(@depth) || 'em}\makebox[3em][l]{\textbf{'
                              || sg:tex(@siglum) || '}}' || sg:tex(.) || '\par&#10;'"/>
      </xsl:for-each>
      <xsl:text>}\cleardoublepage&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sg:latex-witness-descriptions">
    <xsl:variable name="described" select="sg:fully-described-witnesses()"/>
    <xsl:if test="$witness-descriptions and exists($described)">
      <xsl:value-of select="'\clearpage&#10;\pdfbookmark[0]{' || sg:tex(sg:label('witness-descriptions')) || '}{witness-descriptions}&#10;{\large\itshape '
                            || sg:tex(sg:label('witness-descriptions')) || '\par}\medskip&#10;{\small&#10;'"/>
      <xsl:for-each select="$described">
        <xsl:value-of select="'\par\bigskip\noindent\textbf{' || sg:tex(sg:siglum(.)) || '}\quad\textbf{' || sg:tex(sg:witness-summary(.)) || '}\par\nopagebreak&#10;'"/>
        <xsl:call-template name="sgp:latex-description">
          <xsl:with-param name="description" select="sg:ms-description(sg:witness-description(.))"/>
          <xsl:with-param name="indent" select="0"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:text>}&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sgp:latex-description">
    <xsl:param name="description" as="map(*)"/>
    <xsl:param name="indent" as="xs:decimal"/>
    <xsl:variable name="start" select="'\noindent\leftskip=' || $indent || 'em '"/>
    <xsl:for-each select="$description?paragraphs">
      <xsl:value-of select="$start"/><xsl:apply-templates mode="latex-inline"/><xsl:text>\par&#10;</xsl:text>
    </xsl:for-each>
    <xsl:for-each select="$description?parts?*">
      <xsl:value-of select="'\smallskip' || $start || '\textit{' || sg:tex(sg:label(?key)) || '}\par\nopagebreak&#10;'"/>
      <xsl:for-each select="?paragraphs">
        <xsl:value-of select="$start"/><xsl:apply-templates mode="latex-inline"/><xsl:text>\par&#10;</xsl:text>
      </xsl:for-each>
      <xsl:call-template name="sgp:latex-facts"><xsl:with-param name="facts" select="?facts"/><xsl:with-param name="indent" select="$indent"/></xsl:call-template>
      <xsl:call-template name="sgp:latex-items"><xsl:with-param name="items" select="?items"/><xsl:with-param name="indent" select="$indent + 1"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$description?subparts?*">
      <xsl:value-of select="'\smallskip\noindent\leftskip=' || ($indent + 1) || 'em \textbf{' || sg:tex(string-join((?heading, ?date ! sg:plain-date(.)), ', ')) || '}\par\nopagebreak&#10;'"/>
      <xsl:call-template name="sgp:latex-description"><xsl:with-param name="description" select="?description"/><xsl:with-param name="indent" select="$indent + 1"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>\leftskip=0pt&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="sgp:latex-facts">
    <xsl:param name="facts" as="array(*)"/>
    <xsl:param name="indent" as="xs:decimal"/>
    <xsl:for-each select="$facts?*">
      <xsl:value-of select="'\noindent\leftskip=' || $indent || 'em \textit{' || sg:tex(sg:label(?key) || sg:label('colon')) || '}' || sg:tex(?text)"/>
      <xsl:apply-templates select="?nodes" mode="latex-inline"/>
      <xsl:value-of select="sg:tex(?after)"/>
      <xsl:for-each select="?list">
        <xsl:if test="position() gt 1"><xsl:text> --- </xsl:text></xsl:if>
        <xsl:apply-templates mode="latex-inline"/>
      </xsl:for-each>
      <xsl:text>\par&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sgp:latex-items">
    <xsl:param name="items" as="array(*)"/>
    <xsl:param name="indent" as="xs:decimal"/>
    <xsl:for-each select="$items?*">
      <xsl:if test="?n != ''"><xsl:value-of select="'\noindent\leftskip=' || $indent || 'em \textbf{' || sg:tex(?n) || '}\par\nopagebreak&#10;'"/></xsl:if>
      <xsl:call-template name="sgp:latex-facts"><xsl:with-param name="facts" select="?facts"/><xsl:with-param name="indent" select="$indent"/></xsl:call-template>
      <xsl:call-template name="sgp:latex-items"><xsl:with-param name="items" select="?items"/><xsl:with-param name="indent" select="$indent + 1"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
