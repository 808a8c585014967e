<?xml version="1.0" encoding="UTF-8"?>
<!-- The entries of the indexes (persons, places, organisations, works), for every view that prints an index. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The kinds of index, in the order the views print them. -->
  <xsl:variable name="sg:index-kinds" as="xs:string+" select="('persons', 'places', 'organisations', 'works')"/>

  <!-- The names in the text, numbered once, so that each can carry a stable id. -->
  <xsl:variable name="sgp:mentions" as="element()*"
      select="/tei:TEI/tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name or self::tei:title][@ref]"/>
  <xsl:variable name="sgp:mention-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:mentions) return map:entry(generate-id($sgp:mentions[$i]), $i))"/>

  <xsl:function name="sg:mention-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="sg:made-id($name, 'name-', $sgp:mention-numbers(generate-id($name)))"/>
  </xsl:function>

  <xsl:function name="sg:index-entries" as="element()*">
    <xsl:param name="root" as="document-node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="all" select="$root/tei:TEI/(tei:teiHeader | tei:standOff | tei:text/tei:back)"/>
    <!-- An entry is known by its id: one whose id an earlier element already has cannot be linked to. -->
    <xsl:sequence select="(if ($kind = 'persons') then $all//(tei:person | tei:personGrp)
        else if ($kind = 'places') then $all//tei:place
        else if ($kind = 'organisations') then $all//tei:org
        else $all//(tei:listBibl//tei:bibl | tei:listBibl//tei:biblStruct | tei:listObject//tei:object)[exists(key('sg:mentions', @xml:id))])
        [exists(sg:own-id(.))]"/>
  </xsl:function>

  <!-- Persons are sorted by surname where the entry gives one. -->
  <xsl:function name="sg:sort-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string-join(($entry/tei:persName[1]/tei:surname ! sg:plain(.), sg:entry-name($entry)), ' ')"/>
  </xsl:function>

  <xsl:function name="sg:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="sg:plain(($entry/(tei:persName | tei:placeName | tei:orgName | tei:title | tei:objectIdentifier/tei:objectName | tei:name), $entry)[1])"/>
  </xsl:function>

</xsl:stylesheet>
