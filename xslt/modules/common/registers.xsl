<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registers of a project: TEI documents of lists (persons, places, organisations, works)
  that the project's editions point into, by @ref ("persons.xml#p12", "#p12") or by @key (the
  TEI Publisher convention: the key is the entry's xml:id). Sigla's build finds them and
  passes them here; standalone, pass them as an XPath parameter:
    java -jar saxon-he.jar -s:letter.xml -xsl:xslt/html.xsl ?registers="doc('registers/persons.xml'), doc('registers/places.xml')"
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:param name="registers" as="document-node()*" select="()"/>

  <!-- Where the corpus-wide indexes are, relative to the edition's pages ("../" in a build);
       empty when the edition stands alone, and its index then links nowhere else. -->
  <xsl:param name="corpus-indexes" as="xs:string" select="''"/>

  <!-- The edition itself, for look-ups made from inside a register's entry. -->
  <xsl:variable name="sg:edition" as="document-node()" select="/"/>

  <!-- The ids a name points at: the fragment of each @ref ("#p12", "persons.xml#p12") and each @key. -->
  <xsl:function name="sg:entry-keys" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(tokenize(normalize-space($name/@ref), ' ')[contains(., '#')] ! substring-after(., '#'),
                           tokenize(normalize-space($name/@key), ' '))[. != '']"/>
  </xsl:function>

  <!-- The register entries a name points at. -->
  <xsl:function name="sg:register-targets" as="element()*">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="keys" select="sg:entry-keys($name)"/>
    <xsl:sequence select="if (exists($keys)) then $registers ! key('sg:id', $keys, .) else ()"/>
  </xsl:function>

  <!-- The register entries this edition names, where the edition has no entry of that id itself. -->
  <xsl:variable name="sg:register-entries" as="element()*"
      select="if (empty($registers)) then () else
              (for $id in distinct-values(key('sg:entry-keyed', 'all', $sg:edition) ! sg:entry-keys(.))[empty(key('sg:id', ., $sg:edition))]
               return ($registers ! key('sg:id', $id, .))[1])[sg:is-entry(.)]"/>

  <xsl:key name="sg:entry-keyed" match="tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs
      or self::tei:name or self::tei:title][@ref or @key]" use="'all'"/>

  <!-- What an index entry is: a person, a place, an organisation, a work, an object or an event. -->
  <xsl:function name="sg:is-entry" as="xs:boolean">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="exists($entry[self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org
                          or self::tei:bibl or self::tei:biblStruct or self::tei:object or self::tei:event])"/>
  </xsl:function>

  <!-- The id by which the corpus knows an entry: its authority record (GND, VIAF, a URI…) where it has one, else its id. -->
  <xsl:function name="sg:corpus-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(sg:authority-links($entry)[1]?url, $entry/@xml:id)[1]"/>
  </xsl:function>

  <!-- The anchor of an entry on the corpus index page. -->
  <xsl:function name="sg:corpus-anchor" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="'entry-' || replace(replace($key, '^[a-z]+://(www\.)?', ''), '[^\w.-]+', '-')"/>
  </xsl:function>
</xsl:stylesheet>
