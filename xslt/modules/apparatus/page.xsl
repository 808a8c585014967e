<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus as a web page (apparatus.html, beside the web edition): the
  witnesses and sigla, then every intervention and variant in text order, each keyed to
  its paragraph (or line, or note) and linked both ways with its place in the text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:apparatus-page">
    <xsl:call-template name="sg:html-page">
      <xsl:with-param name="page-title" select="sg:label('apparatus') || ' — ' || sg:plain(sg:main-title($sg:file-desc))"/>
      <xsl:with-param name="current" select="'apparatus'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. = 'apparatus']" mode="sg:page-content">
    <h1 id="title"><xsl:value-of select="sg:label('apparatus')"/></h1>
    <p class="subtitle"><a href="{$edited-page}"><xsl:value-of select="sg:plain(sg:main-title($sg:file-desc))"/></a>
      <xsl:text> — </xsl:text><xsl:value-of select="sg:label($apparatus)"/></p>
    <section id="witnesses" class="witnesses" aria-labelledby="witnesses-title">
      <h2 id="witnesses-title"><xsl:value-of select="sg:label('witnesses')"/></h2>
      <xsl:call-template name="sg:html-conspectus"/>
    </section>
    <section id="entries" class="apparatus" aria-labelledby="entries-title">
      <h2 id="entries-title"><xsl:value-of select="sg:label('apparatus')"/></h2>
      <xsl:choose>
        <xsl:when test="empty($sg:entries)"><p><xsl:value-of select="sg:label('no-entries')"/></p></xsl:when>
        <xsl:otherwise>
          <ol class="apparatus-entries">
            <xsl:for-each select="$sg:entries">
              <li id="{@id}" class="entry {@kind}">
                <a class="entry-place" href="{$edited-page}#{@anchor-id}" aria-label="{sg:label('in-text')} {@place}"><xsl:value-of select="(@place[. != ''], '—')[1]"/></a>
                <xsl:text> </xsl:text>
                <xsl:apply-templates mode="html-segment"/>
                <xsl:if test="@synopsis-row">
                  <xsl:text> </xsl:text>
                  <a class="entry-synopsis" href="{$synopsis-page}#{@synopsis-row}" aria-label="{sg:label('in-synopsis')} {@place}">⇹</a>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Mode html-segment: the pieces of an entry, each in a span of its role; the punctuation between them stays plain text. -->
  <xsl:mode name="html-segment" on-no-match="text-only-copy"/>

  <xsl:template match="sg:seg" mode="html-segment">
    <span class="{@role}"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="sg:seg[@role = 'sigla']" mode="html-segment">
    <span class="sigla"><xsl:call-template name="sg:siglum-links"><xsl:with-param name="sigla" select="string(.)"/></xsl:call-template></span>
  </xsl:template>
</xsl:stylesheet>
