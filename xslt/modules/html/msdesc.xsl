<?xml version="1.0" encoding="UTF-8"?>
<!--
  The witnesses of the web edition, each described as a scholar reads a manuscript
  description (TEI's msDesc): the shelfmark as it is cited, then contents, physical
  description, history and additional information, each in labelled parts, and the parts of
  a composite manuscript (msPart) as descriptions of their own. What the encoding leaves out
  is left out: no empty label. An inscription's object description (EpiDoc) reads the same
  way, in its own terms (support, letters, find-spot). Each witness carries the id that the
  sigla of the apparatus and the synopsis link to.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:witness-descriptions">
    <xsl:if test="exists($sg:described-witnesses)">
      <section id="witness-descriptions" class="witness-descriptions" aria-labelledby="witness-descriptions-title">
        <h2 id="witness-descriptions-title">
          <xsl:value-of select="sg:label(if ($sg:described-witnesses/self::tei:listWit) then 'witnesses' else 'source')"/>
        </h2>
        <xsl:apply-templates select="$sg:described-witnesses" mode="html-witness">
          <xsl:with-param name="level" select="3" tunnel="yes"/>
        </xsl:apply-templates>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Mode html-witness: a list of witnesses, a group, a witness. -->
  <xsl:mode name="html-witness" on-no-match="shallow-skip"/>

  <xsl:template match="tei:listWit[not(ancestor::tei:listWit)]" mode="html-witness">
    <xsl:apply-templates select="tei:witness | tei:listWit" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:listWit" mode="html-witness">
    <xsl:param name="level" as="xs:integer" tunnel="yes"/>
    <section class="witness-group" id="{sg:witness-id(.)}">
      <xsl:element name="h{$level}">
        <span class="siglum"><xsl:value-of select="sg:siglum(.)"/></span>
        <xsl:for-each select="tei:head"><xsl:text> </xsl:text><xsl:apply-templates mode="html"/></xsl:for-each>
      </xsl:element>
      <xsl:apply-templates select="tei:witness | tei:listWit" mode="#current">
        <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="tei:witness | tei:msDesc" mode="html-witness">
    <xsl:param name="level" as="xs:integer" tunnel="yes"/>
    <xsl:variable name="description" select="sg:witness-description(.)"/>
    <section class="witness" id="{sg:witness-id(.)}">
      <xsl:element name="h{$level}">
        <xsl:variable name="siglum" select="if (ancestor::tei:listWit or @n) then sg:siglum(.) else ()"/>
        <xsl:variable name="shelfmark" select="$description/tei:msIdentifier[1] ! sg:shelfmark(.)[. != '']"/>
        <xsl:variable name="date" select="sg:witness-date(.)"/>
        <xsl:for-each select="$siglum"><span class="siglum"><xsl:value-of select="."/></span><xsl:text> </xsl:text></xsl:for-each>
        <xsl:choose>
          <xsl:when test="exists($description)">
            <xsl:for-each select="$shelfmark"><span class="shelfmark"><xsl:value-of select="."/></span></xsl:for-each>
            <xsl:for-each select="$date">
              <xsl:if test="exists($shelfmark)"><xsl:text>, </xsl:text></xsl:if>
              <span class="date"><xsl:apply-templates mode="html"/></span>
            </xsl:for-each>
            <!-- A heading always says something: the source, when the description names neither shelfmark nor date. -->
            <xsl:if test="empty(($siglum, $shelfmark, $date))"><xsl:value-of select="sg:label('source')"/></xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="node() except (tei:msDesc | tei:note)" mode="html"/></xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <xsl:if test="exists($description)">
        <xsl:call-template name="sgp:html-description">
          <xsl:with-param name="description" select="sg:ms-description($description)"/>
          <xsl:with-param name="level" select="$level + 1" tunnel="yes"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="tei:note"><p class="witness-note"><xsl:apply-templates mode="html"/></p></xsl:for-each>
    </section>
  </xsl:template>

  <!-- A description (common/ms-description.xsl) in sections, each part under its heading. -->
  <xsl:template name="sgp:html-description">
    <xsl:param name="description" as="map(*)"/>
    <xsl:param name="level" as="xs:integer" tunnel="yes"/>
    <xsl:apply-templates select="$description?paragraphs" mode="html"/>
    <xsl:for-each select="$description?parts?*">
      <section class="{?key}">
        <xsl:element name="h{$level}"><xsl:value-of select="sg:label(?key)"/></xsl:element>
        <xsl:for-each select="?paragraphs"><p class="ms-summary"><xsl:apply-templates mode="html"/></p></xsl:for-each>
        <xsl:call-template name="sgp:html-facts"><xsl:with-param name="facts" select="?facts"/></xsl:call-template>
        <xsl:call-template name="sgp:html-items"><xsl:with-param name="items" select="?items"/></xsl:call-template>
      </section>
    </xsl:for-each>
    <xsl:if test="array:size($description?subparts) gt 0">
      <section class="ms-parts">
        <xsl:element name="h{$level}"><xsl:value-of select="sg:label('ms-parts')"/></xsl:element>
        <xsl:for-each select="$description?subparts?*">
          <section class="ms-part">
            <xsl:element name="h{$level + 1}">
              <xsl:value-of select="?heading"/>
              <xsl:for-each select="?date"><xsl:text>, </xsl:text><span class="date"><xsl:apply-templates mode="html"/></span></xsl:for-each>
            </xsl:element>
            <xsl:call-template name="sgp:html-description">
              <xsl:with-param name="description" select="?description"/>
              <xsl:with-param name="level" select="$level + 2" tunnel="yes"/>
            </xsl:call-template>
          </section>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sgp:html-facts">
    <xsl:param name="facts" as="array(*)"/>
    <xsl:if test="array:size($facts) gt 0">
      <dl class="ms-facts">
        <xsl:for-each select="$facts?*">
          <dt><xsl:value-of select="sg:label(?key)"/></dt>
          <dd>
            <xsl:value-of select="?text"/>
            <xsl:apply-templates select="?nodes" mode="html"/>
            <xsl:value-of select="?after"/>
            <xsl:if test="exists(?list)">
              <xsl:element name="{if (?key = 'ms-provenance') then 'ol' else 'ul'}">
                <xsl:attribute name="class" select="'ms-list'"/>
                <xsl:for-each select="?list"><li><xsl:apply-templates mode="html"/></li></xsl:for-each>
              </xsl:element>
            </xsl:if>
          </dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sgp:html-items">
    <xsl:param name="items" as="array(*)"/>
    <xsl:if test="array:size($items) gt 0">
      <ol class="ms-items">
        <xsl:for-each select="$items?*">
          <li class="ms-item">
            <xsl:if test="?n != ''"><span class="ms-item-number"><xsl:value-of select="?n"/></span><xsl:text> </xsl:text></xsl:if>
            <xsl:call-template name="sgp:html-facts"><xsl:with-param name="facts" select="?facts"/></xsl:call-template>
            <xsl:call-template name="sgp:html-items"><xsl:with-param name="items" select="?items"/></xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

  <!-- Dimensions as they are cited: "leaf 335 × 215 mm", wherever they stand (an EpiDoc support too). -->
  <xsl:template match="tei:dimensions" mode="html">
    <span class="dimensions">
      <xsl:value-of select="sg:dimensions(.)"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
