<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printed page: a book format (A5 by default) with running heads (author on the left
  page, title on the right), page numbers in the outer corner, and the footnote area where
  the notes and the apparatus stand.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Page size (A5 by default) and margins, as XSL-FO lengths. -->
  <xsl:param name="page-width" as="xs:string" select="'148mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'210mm'"/>
  <xsl:param name="margin-inner" as="xs:string" select="'18mm'"/>
  <xsl:param name="margin-outer" as="xs:string" select="'14mm'"/>
  <xsl:param name="margin-top" as="xs:string" select="'14mm'"/>
  <xsl:param name="margin-bottom" as="xs:string" select="'16mm'"/>
  <!-- The font families, tried in order for each character (the faces of print-fonts.xml this edition's scripts need; FOP needs a configuration that embeds them). -->
  <xsl:param name="font-family" as="xs:string" select="string-join(sg:families-used(), ', ')"/>
  <xsl:param name="font-size" as="xs:string" select="'10pt'"/>

  <xsl:template name="sg:layout-master-set">
    <fo:layout-master-set>
      <xsl:for-each select="('odd', 'even')">
        <fo:simple-page-master master-name="{.}" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
            margin-left="{if (. = 'odd') then $margin-inner else $margin-outer}"
            margin-right="{if (. = 'odd') then $margin-outer else $margin-inner}">
          <fo:region-body margin-top="10mm"/>
          <fo:region-before region-name="head-{.}" extent="8mm"/>
        </fo:simple-page-master>
      </xsl:for-each>
      <fo:simple-page-master master-name="title" page-width="{$page-width}" page-height="{$page-height}"
          margin-top="{$margin-top}" margin-bottom="{$margin-bottom}" margin-left="{$margin-inner}" margin-right="{$margin-outer}">
        <fo:region-body/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="book">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- A running head fits one line beside the page number: a long one is cut after a word, with an ellipsis. -->
  <xsl:function name="sgp:running-head" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="room" select="60"/>
    <xsl:sequence select="if (string-length($text) le $room) then $text
        else replace(substring($text, 1, $room), '\s+\S*$', '') || '…'"/>
  </xsl:function>

  <!-- Running heads: the author on the left (even) page, the title on the right, the page number outside. -->
  <xsl:template name="sg:running-heads">
    <xsl:param name="author" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <fo:static-content flow-name="head-even">
      <fo:block text-align-last="justify" font-size="8pt" border-bottom="0.3pt solid black" padding-bottom="1pt">
        <fo:page-number/><fo:leader leader-pattern="space" leader-length.minimum="3em"/><fo:inline font-variant="small-caps"><xsl:value-of select="sgp:running-head($author)"/></fo:inline>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="head-odd">
      <fo:block text-align-last="justify" font-size="8pt" border-bottom="0.3pt solid black" padding-bottom="1pt">
        <fo:inline font-style="italic"><xsl:value-of select="sgp:running-head($title)"/></fo:inline><fo:leader leader-pattern="space" leader-length.minimum="3em"/><fo:page-number/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block space-before="4pt"><fo:leader leader-pattern="rule" leader-length="25%" rule-thickness="0.4pt"/></fo:block>
    </fo:static-content>
  </xsl:template>
</xsl:stylesheet>
