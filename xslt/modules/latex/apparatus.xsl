<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus in reledmac's series A, from the same entries (sg:entry) as the
  other views: at each intervention or variant, \edtext with the reading the text shows, the
  lemma (abbreviated first … last word over six words) and, in \Afootnote, the rest of the
  entry (kind, sigla, readings). reledmac adds the line numbers, ranges included.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:variable name="sgp:latex-entries" as="map(xs:string, element(sg:entry))"
      select="map:merge($sg:entries ! map:entry(string(@id), .))"/>

  <!-- The lemma as reledmac prints it: a long one as its first and last words. -->
  <xsl:function name="sgp:latex-lemma" as="xs:string">
    <xsl:param name="lemma" as="xs:string"/>
    <xsl:variable name="words" select="tokenize(normalize-space($lemma))"/>
    <xsl:sequence select="if (count($words) gt 6) then $words[1] || ' … ' || $words[last()] else normalize-space($lemma)"/>
  </xsl:function>

  <!-- What \Afootnote holds: the entry after its lemma ("corr. Sigla; tous M"). -->
  <xsl:function name="sgp:latex-note" as="xs:string">
    <xsl:param name="entry" as="element(sg:entry)"/>
    <xsl:sequence select="sg:tex(normalize-space(string-join($entry/(sg:seg[1]/following-sibling::node()) ! string(.))
                                                 => replace('^\]\s*', '')))"/>
  </xsl:function>

  <!-- An intervention with the words the text shows: \edtext{shown}{\lemma{…}\Afootnote{…}}. -->
  <xsl:template name="sg:latex-edtext">
    <xsl:param name="shown" as="xs:string"/>
    <!-- In a footnote reledmac numbers no lines: the entry follows the note's call instead (sg:latex-note-entries). -->
    <xsl:param name="in-note" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="entry" select="$sgp:latex-entries(sg:entry-id(.))"/>
    <xsl:choose>
      <xsl:when test="empty($entry) or $in-note"><xsl:value-of select="$shown"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="lemma" select="string($entry/sg:seg[@role = 'lemma'][1])"/>
        <xsl:value-of select="'\edtext{' || $shown || '}{\lemma{' || sg:tex(sgp:latex-lemma($lemma)) || '}\Afootnote{' || sgp:latex-note($entry) || '}}'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The entries of the interventions inside a note, keyed to the line of its call, the lemma led by the note's number. -->
  <xsl:template name="sg:latex-note-entries">
    <xsl:variable name="note" select="."/>
    <xsl:for-each select=".//*[sg:is-intervention(.)]">
      <xsl:variable name="entry" select="$sgp:latex-entries(sg:entry-id(.))"/>
      <xsl:if test="exists($entry)">
        <xsl:value-of select="'\edtext{}{\lemma{' || sg:tex(sg:label('note-short') || '&#xA0;' || sg:note-number($note) || ' ' || sgp:latex-lemma(string($entry/sg:seg[@role = 'lemma'][1])))
                              || '}\Afootnote{' || sgp:latex-note($entry) || '}}'"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- An app kept apart from the text (double end-point), at its end: keyed to the lines between its two anchors. -->
  <xsl:template name="sg:latex-apart">
    <xsl:for-each select="key('sgp:apps-ending-at', @xml:id)">
      <xsl:variable name="entry" select="$sgp:latex-entries(sg:entry-id(.))"/>
      <xsl:if test="exists($entry)">
        <xsl:value-of select="'\edtext{}{\linenum{|\xlineref{' || sgp:label(sg:local-ids(@from)[1]) || '}|||\xlineref{' || sgp:label(sg:local-ids(@to)[1])
                              || '}||}\lemma{' || sg:tex(sgp:latex-lemma(string($entry/sg:seg[@role = 'lemma'][1]))) || '}\Afootnote{' || sgp:latex-note($entry) || '}}'"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
  <xsl:key name="sgp:apps-ending-at" match="tei:app[@from and @to]" use="sg:local-ids(@to)"/>
  <xsl:key name="sgp:located-at" match="tei:app[@loc][not(@from)]" use="if (sg:is-kept-apart(.)) then generate-id(sg:entry-block(.)) else ()"/>

  <!-- A label reledmac can carry: letters and digits only, so that no id can break TeX. -->
  <xsl:function name="sgp:label" as="xs:string">
    <xsl:param name="id" as="xs:string?"/>
    <!-- Letters and digits stand as they are, an x as xx, anything else as x, its code point and x: one label per id. -->
    <xsl:sequence select="'l' || string-join(for $c in string-to-codepoints(string($id))
                                             return if ($c = 120) then 'xx'
                                                    else if (matches(codepoints-to-string($c), '^[A-Za-wyz0-9]$')) then codepoints-to-string($c)
                                                    else 'x' || $c || 'x')"/>
  </xsl:function>

  <!-- Location-referenced apps (@loc) kept apart: at the end of the paragraph they name. -->
  <xsl:template name="sg:latex-located">
    <xsl:for-each select="key('sgp:located-at', generate-id(.))">
      <xsl:variable name="entry" select="$sgp:latex-entries(sg:entry-id(.))"/>
      <xsl:if test="exists($entry)">
        <xsl:value-of select="'\edtext{}{\lemma{' || sg:tex(sgp:latex-lemma(string($entry/sg:seg[@role = 'lemma'][1]))) || '}\Afootnote{' || sgp:latex-note($entry) || '}}'"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
