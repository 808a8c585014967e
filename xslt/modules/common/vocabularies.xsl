<?xml version="1.0" encoding="UTF-8"?>
<!--
  The other vocabularies a TEI document carries: a TEI example (<egXML>, in the TEI Examples
  namespace) is markup to be shown, not text of the edition; MathML is mathematics, which
  browsers draw and the text and print views give in a readable form. What any view makes of
  them is its own module's; what they say is read here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:variable name="sg:examples-namespace" as="xs:string" select="'http://www.tei-c.org/ns/Examples'"/>
  <xsl:variable name="sg:mathml-namespace" as="xs:string" select="'http://www.w3.org/1998/Math/MathML'"/>

  <!-- The markup of an example as its lines: as written, less the indentation they all share,
       and without the declaration of the Examples namespace that every element of it would repeat. -->
  <xsl:function name="sg:example-lines" as="xs:string*">
    <xsl:param name="example" as="element()"/>
    <xsl:variable name="unused-namespaces" as="node()*">
      <xsl:copy-of select="$example/node()" copy-namespaces="no"/>
    </xsl:variable>
    <xsl:variable name="markup" select="replace(string-join($unused-namespaces ! serialize(., map{'method': 'xml', 'omit-xml-declaration': true()})),
                                        ' xmlns(:\w+)?=&quot;' || $sg:examples-namespace || '&quot;', '')"/>
    <xsl:variable name="lines" select="tokenize($markup, '\r?\n')"/>
    <xsl:variable name="written" select="sgp:trim-blank-lines($lines)"/>
    <!-- Markup that starts on the line of <egXML> has no indentation there to go by. -->
    <xsl:variable name="considered" select="(if (normalize-space($lines[1]) != '') then $written[position() gt 1] else $written)[normalize-space()]"/>
    <xsl:variable name="shared" select="(min($considered ! sg:indentation(.)), 0)[1]"/>
    <xsl:sequence select="$written ! (if (sg:indentation(.) ge $shared) then substring(., $shared + 1) else replace(., '^\s+', ''))"/>
  </xsl:function>

  <!-- How many blank characters a line starts with. -->
  <xsl:function name="sg:indentation" as="xs:integer">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="string-length($line) - string-length(replace($line, '^\s+', ''))"/>
  </xsl:function>

  <xsl:function name="sgp:trim-blank-lines" as="xs:string*">
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:variable name="written" select="for $i in 1 to count($lines) return $i[normalize-space($lines[$i]) != '']"/>
    <xsl:sequence select="if (empty($written)) then () else subsequence($lines, $written[1], $written[last()] - $written[1] + 1) ! replace(., '\s+$', '')"/>
  </xsl:function>

  <!-- Mathematics as words can give it: the formula's own alternative text, else its TeX annotation,
       else its symbols in order. -->
  <xsl:function name="sg:math-text" as="xs:string">
    <xsl:param name="math" as="element()"/>
    <xsl:sequence select="(($math/@alttext, $math//m:annotation[@encoding = ('application/x-tex', 'TeX', 'LaTeX', 'text/x-latex')])
                           ! normalize-space(.),
                           string-join($math//m:*[not(*)][not(ancestor::m:annotation or ancestor::m:annotation-xml)] ! normalize-space(.)[. != ''], ' '))
                          [. != ''][1]"/>
  </xsl:function>

  <!-- Whether an element is MathML's or a TEI example: the vocabularies every view renders. -->
  <xsl:function name="sg:is-other-vocabulary" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="namespace-uri($element) = ($sg:examples-namespace, $sg:mathml-namespace)"/>
  </xsl:function>
</xsl:stylesheet>
