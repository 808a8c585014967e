<?xml version="1.0" encoding="UTF-8"?>
<!--
  After the text: the indexes with the pages where each name stands, and a table of
  contents when the edition has divisions. Page numbers are fo:page-number-citations, so
  they are always those of the final layout; with a page map, each page is cited once.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:variable name="sgp:heads" as="element(tei:head)*"
      select="/tei:TEI/tei:text//tei:head[parent::tei:div or starts-with(local-name(..), 'div')][empty(ancestor::tei:note)]"/>
  <xsl:variable name="sgp:head-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:heads) return map:entry(generate-id($sgp:heads[$i]), $i))"/>

  <xsl:function name="sg:head-id" as="xs:string">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="sg:made-id($head, 'head-', $sgp:head-numbers(generate-id($head)))"/>
  </xsl:function>

  <xsl:template name="sg:fo-indexes">
    <xsl:variable name="root" select="/"/>
    <xsl:for-each select="$sg:index-kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:variable name="entries" select="sg:index-entries($root, $kind)[exists(key('sg:mentions', @xml:id, $root))]"/>
      <xsl:if test="exists($entries)">
        <fo:block id="index-{$kind}" font-size="1.2em" font-style="italic" space-before="1.5em" space-after="0.8em"
                  keep-with-next.within-page="always">
          <xsl:if test="position() = 1"><xsl:attribute name="break-before" select="'page'"/></xsl:if>
          <xsl:value-of select="sg:label('index-' || $kind)"/>
        </fo:block>
        <xsl:for-each select="$entries">
          <xsl:sort select="lower-case(sg:sort-name(.))" lang="{$lang}"/>
          <fo:block font-size="8.5pt" start-indent="1em" text-indent="-1em" text-align="start" hyphenate="false">
            <fo:inline font-weight="bold"><xsl:value-of select="sg:entry-name(.)"/></fo:inline>
            <xsl:if test="sg:life(.) != ''"><xsl:value-of select="' (' || sg:life(.) || ')'"/></xsl:if>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="sgp:page-list">
              <xsl:with-param name="mentions" select="key('sg:mentions', @xml:id, $root)"/>
            </xsl:call-template>
          </fo:block>
        </xsl:for-each>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The pages of the mentions, each page once when the page map says which are the same. -->
  <xsl:template name="sgp:page-list">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:variable name="cited" as="element()*">
      <xsl:for-each-group select="$mentions" group-by="($sgp:pages(sg:mention-id(.)), sg:mention-id(.))[1]">
        <!-- A name in a note may print on a later page than the text after the note's call. -->
        <xsl:sort select="($sgp:pages(sg:mention-id(.)), 0)[1]"/>
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:for-each select="$cited">
      <fo:basic-link internal-destination="{sg:mention-id(.)}"><fo:page-number-citation ref-id="{sg:mention-id(.)}"/></fo:basic-link>
      <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sg:fo-contents">
    <xsl:if test="exists($sgp:heads)">
      <fo:block id="contents" break-before="page" font-size="1.2em" font-style="italic" space-after="0.8em">
        <xsl:value-of select="sg:label('contents')"/>
      </fo:block>
      <xsl:for-each select="$sgp:heads">
        <fo:block text-align-last="justify" start-indent="{(count(ancestor::tei:div) - 1) * 1}em" hyphenate="false">
          <fo:basic-link internal-destination="{sg:head-id(.)}"><xsl:value-of select="sg:plain(node())"/></fo:basic-link>
          <fo:leader leader-pattern="dots"/>
          <fo:page-number-citation ref-id="{sg:head-id(.)}"/>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- PDF bookmarks: title page, text, its divisions, the notes one by one, the indexes. -->
  <xsl:template name="sg:fo-bookmarks">
    <xsl:variable name="root" select="/"/>
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="title-page"><fo:bookmark-title><xsl:value-of select="sg:label('title-page')"/></fo:bookmark-title></fo:bookmark>
      <fo:bookmark internal-destination="text">
        <fo:bookmark-title><xsl:value-of select="sg:label('text')"/></fo:bookmark-title>
        <xsl:for-each select="$sgp:heads">
          <fo:bookmark internal-destination="{sg:head-id(.)}"><fo:bookmark-title><xsl:value-of select="sg:plain(node())"/></fo:bookmark-title></fo:bookmark>
        </xsl:for-each>
      </fo:bookmark>
      <xsl:if test="exists($sg:notes)">
        <fo:bookmark internal-destination="{sg:note-id($sg:notes[1])}" starting-state="hide">
          <fo:bookmark-title><xsl:value-of select="sg:label('notes')"/></fo:bookmark-title>
          <xsl:for-each select="$sg:notes">
            <fo:bookmark internal-destination="{sg:note-id(.)}">
              <fo:bookmark-title><xsl:value-of select="sg:note-number(.) || '. ' || substring(sg:plain(node()), 1, 60)"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark>
      </xsl:if>
      <xsl:for-each select="$sg:index-kinds[exists(sg:index-entries($root, .)[exists(key('sg:mentions', @xml:id, $root))])]">
        <fo:bookmark internal-destination="index-{.}"><fo:bookmark-title><xsl:value-of select="sg:label('index-' || .)"/></fo:bookmark-title></fo:bookmark>
      </xsl:for-each>
    </fo:bookmark-tree>
  </xsl:template>
</xsl:stylesheet>
