<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page around every HTML view: head, skip link, navigation with the reading switch,
  footer. Style and script are written into the page itself, so that the edition works
  from file:// and on any server, with nothing fetched from elsewhere.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- File names of the pages of one edition, which link to each other. -->
  <xsl:param name="edited-page" as="xs:string" select="'index.html'"/>
  <xsl:param name="source-page" as="xs:string" select="'source.html'"/>
  <xsl:param name="apparatus-page" as="xs:string" select="'apparatus.html'"/>
  <!-- The corpus's search page, where a build made one (sigla build sets it); empty for no search box. -->
  <xsl:param name="search-page" as="xs:string" select="''"/>
  <!-- The edition's folder name in the output, which its search box limits the search to. -->
  <xsl:param name="edition-name" as="xs:string" select="''"/>

  <!-- The pages' style and script, read once when the stylesheet is compiled. -->
  <xsl:variable name="sgp:style" static="yes" as="xs:string" select="unparsed-text('../../assets/sigla.css')"/>
  <xsl:variable name="sgp:script" static="yes" as="xs:string" select="unparsed-text('../../assets/sigla.js')"/>

  <!-- A page of the edition; its main content comes from mode sg:page-content, asked with the
       page's name ('edited', 'source', 'apparatus'). The content is written straight into the
       page rather than passed in as a parameter, which would build it twice. -->
  <xsl:template name="sg:html-page">
    <xsl:param name="page-title" as="xs:string"/>
    <xsl:param name="current" as="xs:string"/>
    <html lang="{sg:interface-lang()}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Sigla"/>
        <title><xsl:value-of select="$page-title"/></title>
        <style><xsl:value-of select="$sgp:style"/></style>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="sg:label('skip-to-text')"/></a>
        <nav class="site-nav" aria-label="{sg:label('contents')}">
          <ul>
            <li><a href="{$edited-page}#text"><xsl:value-of select="sg:label('text')"/></a></li>
            <xsl:if test="exists($sg:notes)"><li><a href="{$edited-page}#notes"><xsl:value-of select="sg:label('notes')"/></a></li></xsl:if>
            <li><a href="{$edited-page}#indexes"><xsl:value-of select="sg:label('indexes')"/></a></li>
            <li><a href="{$apparatus-page}"><xsl:call-template name="sgp:current"><xsl:with-param name="is" select="$current = 'apparatus'"/></xsl:call-template><xsl:value-of select="sg:label('apparatus')"/></a></li>
            <xsl:if test="$sg:has-synopsis">
              <li><a href="{$synopsis-page}"><xsl:call-template name="sgp:current"><xsl:with-param name="is" select="$current = 'synopsis'"/></xsl:call-template><xsl:value-of select="sg:label('synopsis')"/></a></li>
            </xsl:if>
          </ul>
          <xsl:if test="not($current = ('apparatus', 'synopsis'))">
            <p class="reading-switch">
              <span class="reading-switch-label"><xsl:value-of select="sg:label('reading-switch') || sg:label('colon')"/></span>
              <xsl:choose>
                <xsl:when test="$sg:has-source-reading">
                  <a href="{$edited-page}" class="{if ($current = 'edited') then 'active' else ''}">
                    <xsl:call-template name="sgp:current"><xsl:with-param name="is" select="$current = 'edited'"/></xsl:call-template>
                    <xsl:value-of select="sg:label('edited-reading')"/></a>
                  <xsl:text> | </xsl:text>
                  <a href="{$source-page}" class="{if ($current = 'source') then 'active' else ''}">
                    <xsl:call-template name="sgp:current"><xsl:with-param name="is" select="$current = 'source'"/></xsl:call-template>
                    <xsl:value-of select="sg:label('source-reading')"/></a>
                </xsl:when>
                <xsl:otherwise>
                  <!-- One page: nothing in the source reads differently (see sg:has-source-reading). -->
                  <xsl:value-of select="sg:label('edited-reading') || ' ' || sg:label('source-reads-alike')"/>
                </xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:if>
          <xsl:if test="$search-page != ''">
            <xsl:call-template name="sg:search-box">
              <xsl:with-param name="action" select="$search-page"/>
              <xsl:with-param name="edition" select="$edition-name"/>
            </xsl:call-template>
          </xsl:if>
        </nav>
        <main id="main">
          <xsl:if test="$current = ('edited', 'source', 'synopsis') and $sg:has-facsimile"><xsl:attribute name="class" select="'with-facsimile'"/></xsl:if>
          <xsl:apply-templates select="$current" mode="sg:page-content">
            <xsl:with-param name="shown" select="$current" tunnel="yes"/>
          </xsl:apply-templates>
        </main>
        <footer class="site-footer">
          <p><xsl:value-of select="sg:citation($sg:file-desc)"/> — <xsl:value-of select="sg:label('generated-by')"/></p>
        </footer>
        <script><xsl:value-of select="$sgp:script"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- A search box that opens the corpus's search page; from an edition's pages, limited to that
       edition (the search page offers to widen it). A plain form: it works without script. -->
  <xsl:template name="sg:search-box">
    <xsl:param name="action" as="xs:string"/>
    <xsl:param name="edition" as="xs:string" select="''"/>
    <form class="search-box" role="search" action="{$action}" method="get">
      <xsl:variable name="label" select="sg:label(if ($edition != '') then 'search-edition' else 'search-corpus')"/>
      <!-- One line, so that a phone still sees the text under the navigation: the label is read, not shown. -->
      <label for="search-box-q" class="visually-hidden"><xsl:value-of select="$label"/></label>
      <input type="search" id="search-box-q" name="q" placeholder="{$label}"/>
      <xsl:if test="$edition != ''"><input type="hidden" name="edition" value="{$edition}"/></xsl:if>
      <xsl:text> </xsl:text>
      <button type="submit"><xsl:value-of select="sg:label('search')"/></button>
    </form>
  </xsl:template>

  <!-- Mode sg:page-content: the main content of a page, matched on the page's name. -->
  <xsl:mode name="sg:page-content" on-no-match="fail"/>

  <xsl:template name="sgp:current">
    <xsl:param name="is" as="xs:boolean"/>
    <xsl:if test="$is"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
