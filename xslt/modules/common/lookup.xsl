<?xml version="1.0" encoding="UTF-8"?>
<!-- Look-ups by id and by reference, with keys, so that no view scans the document for them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:key name="sg:id" match="*[@xml:id]" use="@xml:id"/>

  <!-- Names that refer to an index entry, by the entry's id (in the edition or in a register of its project). -->
  <xsl:key name="sg:mentions"
      match="tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name or self::tei:title][@ref or @key]"
      use="sg:entry-keys(.)"/>

  <!-- The ids a pointer attribute names within this document ("#a #b" gives "a", "b"). -->
  <xsl:function name="sg:local-ids" as="xs:string*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers), ' ')[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- The elements a pointer attribute points at, in this document. -->
  <xsl:function name="sg:targets" as="element()*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="for $id in sg:local-ids($pointers) return key('sg:id', $id, root($pointers))"/>
  </xsl:function>

  <!-- The entries of the indexes: what a name's @ref may point at. -->
  <xsl:function name="sg:index-entry" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(sg:targets($name/@ref)[sg:is-entry(.)], tokenize($name/@key) ! key('sg:id', ., root($name))[sg:is-entry(.)],
                           sg:register-targets($name)[sg:is-entry(.)])[1]"/>
  </xsl:function>

  <!-- A short label for whoever @resp names: the agent's @n, else its name, else the id. -->
  <xsl:function name="sg:agent-label" as="xs:string?">
    <xsl:param name="resp" as="attribute()?"/>
    <xsl:sequence select="if (empty($resp)) then () else
                          string-join(for $id in sg:local-ids($resp),
                                          $agent in key('sg:id', $id, root($resp))[1]
                                      return ($agent/@n, normalize-space($agent), $id)[. != ''][1], ', ')"/>
  </xsl:function>

  <!-- A link taken from the source is kept only if it is a web, mail or local address:
       javascript:, data:, vbscript: and every other scheme could run code in a reader's browser. -->
  <xsl:function name="sg:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="trimmed" select="replace(normalize-space($url), '[\p{Cc}\p{Cf}\s]', '')"/>
    <xsl:sequence select="if ($trimmed != '' and matches($trimmed, '^(https?:|mailto:|#|[^:/?#]*([/?#]|$))', 'i')) then iri-to-uri(normalize-space($url)) else ()"/>
  </xsl:function>
</xsl:stylesheet>
