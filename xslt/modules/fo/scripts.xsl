<?xml version="1.0" encoding="UTF-8"?>
<!--
  Runs of text in a script that the main face lacks (Hebrew, Syriac, Arabic, Armenian…), each
  set in its own face. FOP falls back through the font-family list character by character, but
  shapes and orders right-to-left text only in a run whose own font-family names the script's
  face: without it, Hebrew points float above the line and Arabic letters stand unjoined. So the
  FO is written first and then passed once through mode sg:script-runs, which wraps each run in
  an fo:inline with its face; an edition in the main face's scripts only skips the pass.

  FOP 2 also leaves the text that follows a footnote out of its right-to-left reordering, and
  sets it reversed at the line's start. In a paragraph with right-to-left text, the footnotes
  are therefore moved to its end: each visible call stays where it was, as a plain inline,
  and the note goes to the foot of the page where the paragraph ends.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The scripts of this edition that have a face of their own among the families in use (an
       editor who names other families with font-family gets FOP's own fallback through them). -->
  <xsl:variable name="sgp:own-face-scripts" as="element(script)*"
      select="$sg:scripts-used[@family != sg:print-families()[1]][@family = tokenize($font-family, '\s*,\s*')]"/>

  <!-- One group per script: a run of its characters, with the spaces and marks between them. -->
  <xsl:variable name="sgp:script-run-pattern" as="xs:string"
      select="string-join($sgp:own-face-scripts ! ('([' || @characters || ']+(?:[\s\p{P}\p{M}]+[' || @characters || ']+)*)'), '|')"/>

  <!-- The characters of the right-to-left scripts among them, as the inside of a character class. -->
  <xsl:variable name="sgp:right-to-left-characters" as="xs:string"
      select="string-join($sgp:own-face-scripts[@direction = 'rtl']/@characters, '')"/>

  <xsl:function name="sg:needs-script-runs" as="xs:boolean">
    <xsl:sequence select="exists($sgp:own-face-scripts)"/>
  </xsl:function>

  <xsl:mode name="sg:script-runs" on-no-match="shallow-copy"/>

  <xsl:template match="fo:block[sgp:has-right-to-left(.) and exists(sgp:own-footnotes(.))]" mode="sg:script-runs">
    <xsl:variable name="block" select="."/>
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="sgp:calls-only">
        <xsl:with-param name="block" select="$block" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:for-each select="sgp:own-footnotes(.)">
        <fo:footnote>
          <fo:inline><fo:character character="&#xFEFF;"/></fo:inline>
          <xsl:apply-templates select="fo:footnote-body" mode="sg:script-runs"/>
        </fo:footnote>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <xsl:mode name="sgp:calls-only" on-no-match="shallow-copy"/>

  <!-- The call, where the footnote stood; an invisible one (an apparatus entry's) is left out. -->
  <xsl:template match="fo:footnote" mode="sgp:calls-only">
    <xsl:param name="block" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="ancestor::fo:block[1] is $block">
        <xsl:apply-templates select="fo:inline[normalize-space(translate(., '&#xFEFF;&#x200B;', '')) != '']" mode="sg:script-runs"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="sg:script-runs"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="fo:block | text()" mode="sgp:calls-only">
    <xsl:apply-templates select="." mode="sg:script-runs"/>
  </xsl:template>

  <xsl:function name="sgp:has-right-to-left" as="xs:boolean">
    <xsl:param name="block" as="element(fo:block)"/>
    <xsl:sequence select="$sgp:right-to-left-characters != ''
        and (some $text in $block//text()[ancestor::fo:block[1] is $block][not(ancestor::fo:footnote-body)]
             satisfies matches($text, '[' || $sgp:right-to-left-characters || ']'))"/>
  </xsl:function>

  <xsl:function name="sgp:own-footnotes" as="element(fo:footnote)*">
    <xsl:param name="block" as="element(fo:block)"/>
    <xsl:sequence select="$block//fo:footnote[ancestor::fo:block[1] is $block]"/>
  </xsl:function>

  <!-- Text stands in these, and an inline may stand there too (not in bookmarks or metadata). -->
  <xsl:template match="text()[parent::fo:block or parent::fo:inline or parent::fo:basic-link or parent::fo:wrapper]" mode="sg:script-runs">
    <xsl:analyze-string select="." regex="{$sgp:script-run-pattern}">
      <xsl:matching-substring>
        <xsl:variable name="group" select="(1 to count($sgp:own-face-scripts))[regex-group(.) != ''][1]"/>
        <fo:inline font-family="{$sgp:own-face-scripts[$group]/@family}"><xsl:value-of select="."/></fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>
</xsl:stylesheet>
