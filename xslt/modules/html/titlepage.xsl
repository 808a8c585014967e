<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title page of the web edition, from the teiHeader: title, author, who did what,
  the source, the licence and how to cite the edition.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:variable name="sgp:file-desc" select="$sg:file-desc"/>

  <xsl:template name="sg:title-page">
    <header id="title-page" class="title-page" aria-labelledby="title">
      <h1 id="title"><xsl:apply-templates select="sg:main-title($sgp:file-desc)/node()" mode="html"/></h1>
      <xsl:for-each select="$sgp:file-desc/tei:titleStmt/tei:title[@type = 'sub']">
        <p class="subtitle"><xsl:apply-templates mode="html"/></p>
      </xsl:for-each>
      <xsl:for-each select="$sgp:file-desc/tei:titleStmt/tei:author">
        <p class="author"><xsl:value-of select="sg:plain(.)"/></p>
      </xsl:for-each>
      <dl class="title-page-facts">
        <!-- What each did, from the respStmts; an editor or funder whom no respStmt names stands on its own. -->
        <xsl:variable name="named" select="$sgp:file-desc/tei:titleStmt/tei:respStmt/*/@ref ! sg:local-ids(.)"/>
        <xsl:variable name="roles" select="$sgp:file-desc/tei:titleStmt/(tei:respStmt | (tei:editor | tei:funder | tei:sponsor | tei:principal)[not(@xml:id = $named)])"/>
        <xsl:if test="exists($roles)">
          <dt><xsl:value-of select="sg:label('editors')"/></dt>
          <xsl:for-each select="$roles">
            <dd><xsl:value-of select="if (self::tei:respStmt) then sg:plain(tei:resp) || sg:label('colon') || string-join((tei:name | tei:persName | tei:orgName) ! sg:plain(.), ', ')
                                      else sg:plain(.)"/></dd>
          </xsl:for-each>
        </xsl:if>
        <!-- The witnesses and a described manuscript have a section of their own (msdesc.xsl). -->
        <xsl:for-each select="$sgp:file-desc/tei:sourceDesc/(* except $sg:described-witnesses)">
          <dt><xsl:value-of select="sg:label('source')"/></dt>
          <dd><xsl:value-of select="string-join(((tei:author, tei:title, tei:editor, tei:publisher, tei:pubPlace, tei:date, tei:extent, tei:msIdentifier)[normalize-space()] ! sg:plain(.)), ', ')"/>
            <xsl:for-each select="tei:note"><xsl:text> </xsl:text><xsl:value-of select="sg:plain(.)"/></xsl:for-each>
            <xsl:if test="empty(tei:author | tei:title | tei:msIdentifier | tei:note)"><xsl:value-of select="sg:plain(.)"/></xsl:if>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="$sgp:file-desc/tei:publicationStmt/tei:availability">
          <dt><xsl:value-of select="sg:label('licence')"/></dt>
          <dd>
            <xsl:for-each select="tei:licence">
              <xsl:variable name="url" select="sg:safe-url(@target)"/>
              <xsl:value-of select="sg:plain(.)"/>
              <xsl:if test="exists($url)"><xsl:text> </xsl:text><a href="{$url}" rel="license"><xsl:value-of select="$url"/></a></xsl:if>
            </xsl:for-each>
            <xsl:if test="empty(tei:licence)"><xsl:value-of select="sg:plain(.)"/></xsl:if>
          </dd>
        </xsl:for-each>
        <dt><xsl:value-of select="sg:label('how-to-cite')"/></dt>
        <dd class="citation"><xsl:value-of select="sg:citation($sgp:file-desc)"/>
          <xsl:if test="exists(sg:safe-url($edition-url))"><xsl:text> </xsl:text><a href="{sg:safe-url($edition-url)}"><xsl:value-of select="$edition-url"/></a></xsl:if>
        </dd>
      </dl>
    </header>
  </xsl:template>

</xsl:stylesheet>
