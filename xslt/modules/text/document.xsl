<?xml version="1.0" encoding="UTF-8"?>
<!-- The whole text view: a title block, the text filled to $width columns, then the notes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <!-- Written piece by piece rather than joined into one string first: a long edition's text
       would otherwise be held in memory four times over. -->
  <xsl:template name="sg:text-document">
    <xsl:variable name="file-desc" select="$sg:file-desc"/>
    <xsl:variable name="title-block" as="xs:string*"
        select="sg:plain(sg:main-title($file-desc)),
                $file-desc/tei:titleStmt/tei:title[@type = 'sub'] ! sg:plain(.),
                $file-desc/tei:titleStmt/tei:author ! sg:plain(.)"/>
    <xsl:value-of select="string-join($title-block ! sg:wrap(., $width, '', ''), '&#10;') || '&#10;&#10;'"/>
    <!-- An edition of witnesses opens with its conspectus siglorum, as in print; the text as one
         witness reads it (the witness parameter) is that witness's text alone. -->
    <xsl:if test="$sg:witness-list/self::tei:listWit and $witness = ''">
      <xsl:value-of select="sg:label('conspectus') || '&#10;&#10;' || string-join(sg:conspectus-lines($sg:witnesses), '&#10;') || '&#10;&#10;'"/>
    </xsl:if>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="/tei:TEI/tei:text" mode="text-block"/>
    </xsl:variable>
    <!-- Blocks are parted by a blank line; a block that begins with a line break (a verse line
         after another) by that line break alone. -->
    <xsl:for-each select="$blocks[. != '']">
      <!-- The parting and the block written one after the other, not joined: joining copied every block. -->
      <xsl:if test="not(position() = 1 or starts-with(., '&#10;'))"><xsl:text>&#10;&#10;</xsl:text></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
    <xsl:if test="exists($sg:notes)">
      <xsl:value-of select="'&#10;&#10;' || sg:label('notes')"/>
      <xsl:for-each select="$sg:notes">
        <xsl:value-of select="(if (position() = 1) then '&#10;&#10;' else '&#10;')
                              || sg:wrap-words(sg:inline-text(node()), $width, '[' || sg:note-number(.) || '] ', '    ')"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
