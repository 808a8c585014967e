<?xml version="1.0" encoding="UTF-8"?>
<!-- Filling words into lines of a given width, in one pass over the words. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <!-- Lines of at most $width characters (a longer word stands alone on its line); the first
       line starts with $first (a note number, say) and the others with $indent. -->
  <xsl:function name="sg:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:iterate select="tokenize(normalize-space($text), ' ')">
        <xsl:param name="line" as="xs:string" select="$first"/>
        <xsl:param name="empty" as="xs:boolean" select="true()"/>
        <xsl:on-completion>
          <xsl:sequence select="$line"/>
        </xsl:on-completion>
        <xsl:choose>
          <xsl:when test="$empty">
            <xsl:next-iteration>
              <xsl:with-param name="line" select="$line || ."/>
              <xsl:with-param name="empty" select="false()"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:when test="string-length($line) + 1 + string-length(.) le $width">
            <xsl:next-iteration>
              <xsl:with-param name="line" select="$line || ' ' || ."/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="$line"/>
            <xsl:next-iteration>
              <xsl:with-param name="line" select="$indent || ."/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
