<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode text-block: the blocks of the text view (headings, paragraphs, stanzas, speeches,
  the parts of a letter), each already filled to the line width; the entry stylesheet
  puts a blank line between them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Whether paragraphs start with their number, as the apparatus cites them. -->
  <xsl:param name="paragraph-numbers" as="xs:boolean" select="false()"/>

  <xsl:mode name="text-block" on-no-match="shallow-skip"/>

  <!-- An element no template here names, by its kind (modules/common/element-kinds.xsl): silent,
       or a block of its own words (a container of blocks gives its blocks); a name that is not TEI also warns. -->
  <xsl:template match="*" mode="text-block" priority="-1">
    <xsl:variable name="kind" select="sg:element-kind(.)"/>
    <xsl:choose>
      <xsl:when test="$kind = 'silent'"/>
      <xsl:when test="$kind = 'block' and exists(*[sg:element-kind(.) = 'block' and not(sg:in-line(.))])">
        <xsl:apply-templates mode="#current"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$kind = 'unknown'"><xsl:call-template name="sg:warn-unhandled"/></xsl:if>
        <xsl:call-template name="sgp:filled"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:fw | tei:milestone | tei:cb | tei:lb | tei:anchor | tei:figDesc | tei:interp | tei:interpGrp | tei:link | tei:linkGrp | tei:graphic" mode="text-block"/>

  <!-- Containers: only their blocks. -->
  <xsl:template match="tei:text | tei:group | tei:front | tei:body | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7
                       | tei:lg | tei:sp | tei:opener | tei:closer | tei:postscript | tei:titlePage | tei:figure | tei:quote[tei:p | tei:l | tei:lg] | tei:cit[tei:quote/(tei:p | tei:l | tei:lg)] | tei:castList | tei:castGroup" mode="text-block">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:back" mode="text-block">
    <xsl:apply-templates select="*[not(self::tei:div and exists(tei:note) and (every $n in .//tei:note satisfies exists($n/@target)) and empty(*[not(self::tei:note or self::tei:head)]))]" mode="#current"/>
  </xsl:template>

  <!-- Text that stands directly in a container (a note written between paragraphs, say). -->
  <xsl:template match="text()[normalize-space()]" mode="text-block">
    <xsl:sequence select="sg:wrap-words(sg:inline-text(.), $width, '', '')"/>
  </xsl:template>
  <xsl:template match="tei:note" mode="text-block">
    <xsl:choose>
      <xsl:when test="sg:is-inline-note(.)"><xsl:sequence select="'[' || sg:note-number(.) || ']'"/></xsl:when>
      <xsl:when test="sgp:is-separate-note(.)"/>
      <xsl:otherwise><xsl:call-template name="sgp:filled"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="text-block">
    <xsl:variable name="number" select="sg:paragraph-number(.)"/>
    <xsl:call-template name="sgp:filled">
      <xsl:with-param name="first" select="if ($paragraph-numbers and exists($number)) then '[' || $number || '] ' else ''"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:head | tei:speaker | tei:stage | tei:salute | tei:signed | tei:dateline | tei:byline | tei:epigraph | tei:trailer | tei:argument | tei:docTitle | tei:docAuthor | tei:docImprint | tei:docDate | tei:castItem | tei:bibl | tei:address | tei:label | tei:witness" mode="text-block">
    <xsl:call-template name="sgp:filled"/>
  </xsl:template>

  <!-- A TEI example: its markup, line by line as written, indented as a listing. -->
  <xsl:template match="eg:egXML" mode="text-block">
    <xsl:sequence select="string-join(sg:example-lines(.) ! ('    ' || .), '&#10;')"/>
  </xsl:template>

  <xsl:template match="m:math" mode="text-block">
    <xsl:sequence select="sg:wrap(sg:math-text(.), $width, '', '')"/>
  </xsl:template>

  <!-- A line of verse is one line; an overlong one continues indented. -->
  <xsl:template match="tei:l" mode="text-block">
    <xsl:sequence select="sg:wrap-words(sg:inline-text(node()), $width, '', '    ')"/>
  </xsl:template>
  <!-- Consecutive lines belong to one block: the entry stylesheet joins them without a blank line. -->
  <xsl:template match="tei:l[preceding-sibling::*[1][self::tei:l]]" mode="text-block">
    <xsl:sequence select="'&#10;' || sg:wrap-words(sg:inline-text(node()), $width, '', '    ')"/>
  </xsl:template>

  <xsl:template match="tei:list" mode="text-block">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <xsl:sequence select="string-join(tei:item ! sg:wrap-words(sg:inline-text(node()), $width, '- ', '  '), '&#10;')"/>
    <xsl:apply-templates select="* except (tei:head | tei:item | tei:label)" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:table" mode="text-block">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <xsl:sequence select="string-join(tei:row ! string-join((tei:cell, * except tei:cell) ! sg:inline-text(node()), ' | '), '&#10;')"/>
    <xsl:apply-templates select="* except (tei:head | tei:row)" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:pb" mode="text-block">
    <xsl:if test="$page-breaks and @n"><xsl:sequence select="'[' || sg:label('page') || '&#xA0;' || @n || ']'"/></xsl:if>
  </xsl:template>

  <!-- An apparatus kept apart from the text is the apparatus view's business. -->
  <xsl:template match="tei:app[sg:is-kept-apart(.)] | tei:listApp" mode="text-block" priority="2"/>

  <xsl:template match="tei:choice | tei:app | tei:supplied | tei:add | tei:del | tei:q | tei:said" mode="text-block">
    <xsl:call-template name="sgp:filled"/>
  </xsl:template>

  <xsl:template name="sgp:filled">
    <xsl:param name="first" as="xs:string" select="''"/>
    <xsl:variable name="words" select="sg:inline-text(node())"/>
    <xsl:if test="$words != ''">
      <xsl:sequence select="sg:wrap-words($words, $width, $first, '')"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
