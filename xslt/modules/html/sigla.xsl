<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sigla that lead to their witness: in the apparatus, the synopsis and the conspectus, a
  siglum the edition lists links to the witness's description on the web edition's page and
  shows, on hover or focus (sigla.js, as note calls do), its shelfmark and date; a group's
  siglum shows its members. Also the conspectus siglorum of the apparatus page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The sigla of an entry ("A B Sigla"), each a link where the edition lists its witness. -->
  <xsl:template name="sg:siglum-links">
    <xsl:param name="sigla" as="xs:string"/>
    <xsl:for-each select="tokenize($sigla)">
      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:variable name="witness" select="sg:siglum-target(.)"/>
      <xsl:choose>
        <xsl:when test="exists($witness)"><xsl:sequence select="sg:siglum-link($witness, .)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="sg:siglum-link" as="element()">
    <xsl:param name="witness" as="element()"/>
    <xsl:param name="text" as="xs:string"/>
    <!-- Its name says what the siglum stands for (and starts with the siglum, as the eye reads it). -->
    <xsl:variable name="preview" select="sg:siglum($witness) || ': ' || sg:witness-summary($witness)"/>
    <a class="siglum-link" href="{$edited-page}#{sg:witness-id($witness)}" data-preview="{$preview}"
       aria-label="{if ($text = sg:siglum($witness)) then $preview else $text || ' (' || $preview || ')'}"><xsl:value-of select="$text"/></a>
  </xsl:function>

  <!-- The conspectus siglorum: one line per witness, grouped as the listWits group them. -->
  <xsl:template name="sg:html-conspectus">
    <dl class="conspectus">
      <xsl:apply-templates select="$sg:witness-list" mode="html-conspectus"/>
      <xsl:for-each select="$sg:responsible">
        <dt class="siglum"><xsl:value-of select="@siglum"/></dt>
        <dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:mode name="html-conspectus" on-no-match="shallow-skip"/>

  <xsl:template match="tei:listWit[not(ancestor::tei:listWit)]" mode="html-conspectus">
    <xsl:apply-templates select="tei:witness | tei:listWit" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:witness | tei:msDesc | tei:listWit | tei:bibl | tei:biblStruct" mode="html-conspectus">
    <dt class="siglum{if (ancestor::tei:listWit[ancestor::tei:listWit]) then ' in-group' else ''}">
      <xsl:choose>
        <xsl:when test="exists(. intersect $sg:described-witnesses) or ancestor::tei:listWit"><xsl:sequence select="sg:siglum-link(., sg:siglum(.))"/></xsl:when>
        <!-- A printed source is described on the title page, which it does not link to. -->
        <xsl:otherwise><xsl:value-of select="sg:siglum(.)"/></xsl:otherwise>
      </xsl:choose>
    </dt>
    <dd class="{if (self::tei:listWit) then 'witness-group' else 'witness'}">
      <xsl:value-of select="sg:witness-name(.)"/>
      <xsl:for-each select="sg:witness-date(.)"><xsl:text>, </xsl:text><xsl:apply-templates mode="html-date"/></xsl:for-each>
      <xsl:if test="self::tei:listWit">
        <xsl:value-of select="(if (tei:head) then sg:label('colon') else '') || string-join(.//tei:witness ! sg:siglum(.), ', ')"/>
      </xsl:if>
    </dd>
    <xsl:apply-templates select="self::tei:listWit/(tei:witness | tei:listWit)" mode="#current"/>
  </xsl:template>

  <!-- Mode html-date: a date as its words, superscripts kept (s. xii^ex). -->
  <xsl:mode name="html-date" on-no-match="text-only-copy"/>
  <xsl:template match="tei:hi[@rend = ('sup', 'superscript')]" mode="html-date">
    <sup><xsl:apply-templates mode="#current"/></sup>
  </xsl:template>
</xsl:stylesheet>
