<?xml version="1.0" encoding="UTF-8"?>
<!-- The conspectus siglorum as plain lines: "L — London, British Library, Lansdowne 436, s. xii",
     a group's members indented under it. The text view and the apparatus text both begin with it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:function name="sg:conspectus-lines" as="xs:string*">
    <xsl:param name="witnesses" as="element(sg:witness)*"/>
    <xsl:sequence select="$witnesses ! (let $indent := string-join((1 to xs:integer((@depth, 0)[1])) ! '  ')
        return sg:wrap(@siglum || ' — ' || ., $width, $indent, $indent || '    '))"/>
  </xsl:function>
</xsl:stylesheet>
