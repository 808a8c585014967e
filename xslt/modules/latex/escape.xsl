<?xml version="1.0" encoding="UTF-8"?>
<!--
  The one place where text becomes TeX. Every character of the source that TeX would read as
  markup is written as a character to print: no text or attribute of an edition can run a
  command, open a file, start a comment or unbalance a group (\input{…}, \write18, ^^5c,
  braces, %, #), and no run of characters becomes a ligature the source did not write (- - as
  an en dash, a double quote of backquotes: a kern stands between them, since LuaTeX makes
  ligatures across an empty group).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:variable name="sg:tex-characters" as="map(xs:string, xs:string)" select="map{
      '\': '\textbackslash{}', '{': '\{', '}': '\}', '$': '\$', '&amp;': '\&amp;', '#': '\#', '^': '\textasciicircum{}',
      '_': '\_', '%': '\%', '~': '\textasciitilde{}', '|': '\textbar{}', '&lt;': '\textless{}', '&gt;': '\textgreater{}',
      '-': '-\kern0pt{}', '`': '\textasciigrave{}', '''': '\textquotesingle{}', '!': '!\kern0pt{}', '?': '?\kern0pt{}', '[': '{[}', ']': '{]}',
      '&#xA0;': '~'}"/>

  <!-- Text to print, as TeX: each special character written as itself; spaces of any kind one space. -->
  <xsl:function name="sg:tex" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="string-join(for $c in string-to-codepoints(replace(string($text), '[\t\n\r ]+', ' '))
                                      return ($sg:tex-characters(codepoints-to-string($c)), codepoints-to-string($c))[1])"/>
  </xsl:function>
</xsl:stylesheet>
