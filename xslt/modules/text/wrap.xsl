<?xml version="1.0" encoding="UTF-8"?>
<!-- Filling words into lines of a given width. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Line width of the text views, in characters. -->
  <xsl:param name="width" as="xs:integer" select="72"/>

  <!-- Lines of at most $width characters (a longer word stands alone on its line); the first
       line starts with $first (a note number, say) and the others with $indent. The lines are
       cut by regular expressions, so that a long text costs a few passes of the regex engine
       rather than a step of the stylesheet per word. -->
  <xsl:function name="sg:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:sequence select="sg:wrap-words(normalize-space($text), $width, $first, $indent)"/>
  </xsl:function>

  <!-- As sg:wrap, of words already normalized (single spaces, none at either end), as sg:inline-text
       gives them: normalizing a paragraph a second time was a tenth of the text view. -->
  <xsl:function name="sg:wrap-words" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="string-length($first) + string-length($words) le $width">
        <xsl:sequence select="$first || $words"/>
      </xsl:when>
      <xsl:when test="string-length($first) = string-length($indent)">
        <!-- Every line has the same room (a paragraph, a note numbered below 10): one pass of
             the filling regex, with $first in place of the first line's indent. Cutting the
             first line apart cost as much as filling all the others. -->
        <xsl:sequence select="$first || substring(sgp:fill($words, max(($width - string-length($indent), 1)), $indent), string-length($indent) + 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="room" select="max(($width - string-length($first), 1))"/>
        <!-- The longest run of words that fits on the first line, else the first word alone. It
             depends only on the line's room and the character after it: the regex reads those,
             not the whole paragraph. -->
        <xsl:variable name="start" select="substring($words, 1, $room + 1)"/>
        <xsl:variable name="head" select="if (matches($start, '^.{1,' || $room || '}( |$)'))
                                          then replace($start, '^(.{1,' || $room || '})( .*)?$', '$1')
                                          else substring-before($words || ' ', ' ')"/>
        <xsl:variable name="rest" select="substring($words, string-length($head) + 2)"/>
        <xsl:sequence select="$first || $head || (if ($rest = '') then '' else '&#10;' || sgp:fill($rest, max(($width - string-length($indent), 1)), $indent))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Every line of $words filled to $room characters and begun with $indent. -->
  <xsl:function name="sgp:fill" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="room" as="xs:integer"/>
    <xsl:param name="indent" as="xs:string"/>
    <!-- At the default width, with no indent (paragraphs and notes), the pattern is written out:
         Saxon compiles a written-out pattern once, with the stylesheet, and a computed one at every
         call, which was a fifth of the filling of a novel. -->
    <xsl:variable name="lines" select="if ($room = 72 and $indent = '') then replace($words, '(.{1,72})( |$)|(\S+)( |$)', '$1$3&#10;')
                                       else replace($words, '(.{1,' || $room || '})( |$)|(\S+)( |$)',
                                                    replace($indent, '([\\$])', '\\$1') || '$1$3&#10;')"/>
    <xsl:sequence select="substring($lines, 1, string-length($lines) - 1)"/>
  </xsl:function>
</xsl:stylesheet>
