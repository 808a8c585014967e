<?xml version="1.0" encoding="UTF-8"?>
<!--
  The indexes of persons, places, organisations and works by page and line. Each name in the
  text carries a reledmac label (\edlabel); each index entry lists its names as page.line
  (\xpageref, \xlineref), which LaTeX resolves on its next pass: no makeindex, so nothing runs
  beside LuaLaTeX. A name inside a note is cited by the note's number.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The label of a name in the text, or nothing for a name inside a note (no line to cite there). -->
  <xsl:function name="sg:latex-mention-label" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if (exists($name/ancestor::tei:note) or empty(sg:index-entry($name))) then ()
                          else '\edlabel{' || sgp:label(sg:mention-id($name)) || '}'"/>
  </xsl:function>

  <xsl:template name="sg:latex-indexes">
    <xsl:variable name="root" select="/"/>
    <xsl:for-each select="$sg:index-kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:variable name="entries" select="sg:index-entries($root, $kind)[exists(key('sg:mentions', @xml:id, $root))]"/>
      <xsl:if test="exists($entries)">
        <xsl:value-of select="'&#10;\clearpage\section*{' || sg:tex(sg:label('index-' || $kind)) || '}\pdfbookmark[0]{'
                              || sg:tex(sg:label('index-' || $kind)) || '}{index-' || $kind || '}&#10;{\small\raggedright&#10;'"/>
        <xsl:for-each select="$entries">
          <xsl:sort select="lower-case(sg:sort-name(.))" lang="{$lang}"/>
          <xsl:variable name="places" as="xs:string*"
              select="for $name in key('sg:mentions', @xml:id, $root)
                      return if ($name/ancestor::tei:note) then sg:tex(sg:label('note-short') || '&#xA0;' || sg:note-number($name/ancestor::tei:note[last()]))
                             else '\xpageref{' || sgp:label(sg:mention-id($name)) || '}.\xlineref{' || sgp:label(sg:mention-id($name)) || '}'"/>
          <xsl:value-of select="'\noindent\hangindent=1em ' || sg:tex(sg:entry-name(.) || (if (sg:life(.) != '') then ' (' || sg:life(.) || ')' else '')) || ', ' || string-join(distinct-values($places), ', ') || '\par&#10;'"/>
        </xsl:for-each>
        <xsl:text>}&#10;</xsl:text>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
