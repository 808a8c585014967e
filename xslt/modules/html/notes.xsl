<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: a numbered call in the text that links to the notes section, and the section
  with a link back to each call. The page script shows a note in place on hover, focus
  or tap; without script the links still lead there and back.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- A note written in the text leaves only its call there; a note kept apart is called from
       its target; a note of the back matter that nothing calls is shown where it stands. -->
  <xsl:template match="tei:note" mode="html">
    <xsl:choose>
      <xsl:when test="sg:is-inline-note(.)">
        <xsl:if test="not(sgp:in-link(.))"><xsl:call-template name="sg:note-call"/></xsl:if>
      </xsl:when>
      <xsl:when test="sgp:is-separate-note(.)"/>
      <!-- Its id stays: a <ref target="#…"> of the text may be its call. -->
      <xsl:otherwise><div class="note"><xsl:if test="exists(sg:own-id(.))"><xsl:attribute name="id" select="sg:own-id(.)"/></xsl:if><xsl:apply-templates mode="#current"/></div></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Mode html-calls: the calls of notes whose call point is in content the page does not show. -->
  <xsl:mode name="html-calls" on-no-match="shallow-skip"/>
  <xsl:template match="tei:anchor" mode="html-calls">
    <xsl:apply-templates select="." mode="html"/>
  </xsl:template>
  <xsl:template match="tei:note" mode="html-calls">
    <xsl:call-template name="sg:note-call"/>
  </xsl:template>
  <!-- An intervention inside what the reading hides: its place, and the mark that leads to its entry,
       so that the entry's link to its place has a way back. -->
  <xsl:template match="*" mode="html-calls">
    <span id="{sg:entry-id(.)}"></span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <!-- The calls of the notes kept apart that point at the context element. -->
  <xsl:template name="sg:note-calls">
    <xsl:for-each select="key('sgp:notes-by-target', @xml:id)[sgp:is-separate-note(.)]">
      <xsl:call-template name="sg:note-call"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="sg:note-call">
    <xsl:variable name="number" select="sg:note-number(.)"/>
    <xsl:variable name="id" select="sg:note-id(.)"/>
    <sup class="note-call-wrap"><a class="note-call" id="{sg:call-id(.)}" href="#{$id}"
       aria-label="{sg:label('note')} {$number}" data-note="{$id}"><xsl:value-of select="$number"/></a></sup>
  </xsl:template>

  <xsl:template name="sg:notes-section">
    <xsl:if test="exists($sg:notes)">
      <section id="notes" class="notes" aria-labelledby="notes-title">
        <h2 id="notes-title"><xsl:value-of select="sg:label('notes')"/></h2>
        <ol class="notes-list">
          <xsl:for-each select="$sg:notes">
            <xsl:variable name="number" select="sg:note-number(.)"/>
            <li id="{sg:note-id(.)}" class="note {@type}">
              <a class="note-back" href="#{sg:call-id(.)}" aria-label="{sg:label('back-to-call')} {$number}"><xsl:value-of select="$number"/></a>
              <xsl:text> </xsl:text>
              <div class="note-body">
                <xsl:apply-templates mode="html"/>
              </div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Inside a note, its paragraphs are not numbered paragraphs of the text. -->
  <xsl:template match="tei:note//tei:p" mode="html" priority="2">
    <p class="note-p"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>
</xsl:stylesheet>
