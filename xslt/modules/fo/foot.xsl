<?xml version="1.0" encoding="UTF-8"?>
<!--
  The foot of the printed page: two series, the editorial notes (numbered as in the web
  edition) and, below a rule, the critical apparatus of the page.

  XSL-FO has one footnote area, filled in the order of the calls. So the apparatus of a
  page is one footnote, attached after the last call of that page: it then stands below
  the page's notes. Which page a call falls on is known only after layout, so Sigla lays
  the edition out, reads the pages back ($page-map) and lays it out again; without a page
  map (the stylesheet run on its own) each apparatus entry is a footnote at its lemma.
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

  <!-- The page of each call and name, as "id=page id=page …", from an earlier layout; empty: not known. -->
  <xsl:param name="page-map" as="xs:string" select="''"/>
  <!-- Whether to end the document with the page of every call and name, for Sigla to read back. -->
  <xsl:param name="measure" as="xs:boolean" select="false()"/>

  <xsl:variable name="sgp:pages" as="map(xs:string, xs:integer)"
      select="map:merge(for $pair in tokenize($page-map)[contains(., '=')]
                        return map:entry(substring-before($pair, '='), xs:integer(substring-after($pair, '='))),
                        map{'duplicates': 'use-first'})"/>

  <!-- Where in the text an intervention's apparatus entry is called from: for one inside a
       note, the note's call (no footnote may stand inside another); else its own place. -->
  <xsl:function name="sgp:foot-node" as="node()">
    <xsl:param name="intervention" as="element()"/>
    <xsl:variable name="note" select="$intervention/ancestor::tei:note[last()]"/>
    <xsl:sequence select="if (empty($note)) then sg:entry-block($intervention)
                          else if (sg:is-inline-note($note)) then $note
                          else (sg:targets($note/@target)[1], $note)[1]"/>
  </xsl:function>

  <!-- The id of the inline that stands at a call point in the FO. -->
  <xsl:function name="sgp:foot-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($node/self::tei:note) then sg:call-id($node)
                          else if (sg:is-intervention($node)) then sg:entry-id($node)
                          else if ($node/self::tei:p or $node/self::tei:ab) then sg:paragraph-id($node)
                          else (sg:own-id($node), '')[1]"/>
  </xsl:function>

  <xsl:variable name="sgp:entry-by-id" as="map(xs:string, element(sg:entry))"
      select="map:merge($sg:entries ! map:entry(string(@id), .))"/>

  <!-- For each call point, the entries called from it (in text order). -->
  <xsl:variable name="sgp:entries-at" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:for-each-group select="$sgp:interventions" group-by="generate-id(sgp:foot-node(.))">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! sg:entry-id(.)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- Every call point: notes' calls and the places entries are called from, in document order. -->
  <xsl:variable name="sgp:call-points" as="node()*"
      select="$sgp:callouts | (for $i in $sgp:interventions return sgp:foot-node($i))"/>

  <!-- Where each apparatus footnote goes: call point → ("rule" or "", entry ids…). -->
  <xsl:variable name="sgp:attachments" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:choose>
        <xsl:when test="map:size($sgp:pages) = 0">
          <xsl:for-each select="$sgp:call-points[exists($sgp:entries-at(generate-id(.)))]">
            <xsl:map-entry key="generate-id(.)" select="'', $sgp:entries-at(generate-id(.))"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each-group select="$sgp:call-points" group-by="($sgp:pages(sgp:foot-id(.)), 0)[1]">
            <xsl:variable name="entries" select="current-group() ! $sgp:entries-at(generate-id(.))"/>
            <xsl:if test="exists($entries)">
              <xsl:map-entry key="generate-id(current-group()[last()])"
                  select="if (exists(current-group() intersect $sgp:callouts)) then 'rule' else '', $entries"/>
            </xsl:if>
          </xsl:for-each-group>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:map>
  </xsl:variable>

  <!-- A note: its number in the line, its text at the foot of the page. -->
  <xsl:template name="sg:fo-footnote">
    <xsl:variable name="number" select="sg:note-number(.)"/>
    <fo:footnote>
      <fo:inline id="{sg:call-id(.)}" baseline-shift="super" font-size="6.5pt">
        <fo:basic-link internal-destination="{sg:note-id(.)}"><xsl:value-of select="$number"/></fo:basic-link>
      </fo:inline>
      <fo:footnote-body>
        <fo:block id="{sg:note-id(.)}" font-size="8pt" line-height="1.25" start-indent="0pt" end-indent="0pt"
                  text-indent="0pt" text-align="justify" space-before="2pt" hyphenate="true">
          <fo:inline font-weight="bold"><xsl:value-of select="$number"/></fo:inline>
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="fo"/>
        </fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- The apparatus footnote attached at this call point, if one is. -->
  <xsl:template name="sg:fo-apparatus">
    <xsl:variable name="attached" select="$sgp:attachments(generate-id(.))"/>
    <xsl:if test="exists($attached) and empty(ancestor::tei:note[sg:is-inline-note(.) or exists(@target)])">
      <fo:footnote>
        <!-- No mark in the line: the entries are keyed by paragraph and lemma. FOP drops a
             footnote whose inline is empty or blank, so it holds a zero-width no-break space
             (a zero-width space would let a line break inside the word the entry follows). -->
        <fo:inline><fo:character character="&#xFEFF;"/></fo:inline>
        <fo:footnote-body>
          <fo:block font-size="7.5pt" line-height="1.2" start-indent="0pt" end-indent="0pt" text-indent="0pt"
                    text-align="start" space-before="2pt" hyphenate="false">
            <xsl:if test="$attached[1] = 'rule'">
              <fo:block><fo:leader leader-pattern="rule" leader-length="100%" rule-thickness="0.3pt"/></fo:block>
            </xsl:if>
            <xsl:for-each select="subsequence($attached, 2) ! $sgp:entry-by-id(.)">
              <fo:block id="entry-{@id}">
                <fo:inline font-weight="bold"><xsl:value-of select="@place"/></fo:inline>
                <xsl:text> </xsl:text>
                <xsl:for-each select="node()">
                  <xsl:choose>
                    <xsl:when test="@role = 'kind'"><fo:inline font-style="italic"><xsl:value-of select="."/></fo:inline></xsl:when>
                    <xsl:when test="@role = 'sigla'"><fo:inline font-weight="bold"><xsl:value-of select="."/></fo:inline></xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </fo:block>
            </xsl:for-each>
          </fo:block>
        </fo:footnote-body>
      </fo:footnote>
    </xsl:if>
  </xsl:template>

  <!-- The page of every call point and name, one per line, for Sigla to read back after layout. -->
  <xsl:template name="sg:fo-measure">
    <xsl:if test="$measure">
      <fo:block break-before="page">
        <xsl:for-each select="distinct-values(($sgp:call-points ! sgp:foot-id(.), $sgp:mentions ! sg:mention-id(.)))">
          <fo:block>@@<xsl:value-of select="."/>=<fo:page-number-citation ref-id="{.}"/></fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
