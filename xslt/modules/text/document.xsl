<?xml version="1.0" encoding="UTF-8"?>
<!-- The whole text view as one string: a title block, the text filled to $width columns, then the notes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:text-document">
    <xsl:variable name="file-desc" select="$sg:file-desc"/>
    <xsl:variable name="title-block" as="xs:string*"
        select="sg:plain(sg:main-title($file-desc)),
                $file-desc/tei:titleStmt/tei:title[@type = 'sub'] ! sg:plain(.),
                $file-desc/tei:titleStmt/tei:author ! sg:plain(.)"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="/tei:TEI/tei:text" mode="text-block"/>
    </xsl:variable>
    <xsl:variable name="notes" as="xs:string*"
        select="for $note in $sg:notes
                return sg:wrap(sg:inline-text($note/node()), $width, '[' || sg:note-number($note) || '] ', '    ')"/>
    <xsl:value-of select="string-join((
        string-join($title-block ! sg:wrap(., $width, '', ''), '&#10;'),
        replace(string-join($blocks[. != ''], '&#10;&#10;'), '&#10;&#10;&#10;', '&#10;'),
        if (exists($notes)) then (sg:label('notes'), string-join($notes, '&#10;')) else ()), '&#10;&#10;') || '&#10;'"/>
  </xsl:template>
</xsl:stylesheet>
