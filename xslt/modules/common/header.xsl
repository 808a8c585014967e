<?xml version="1.0" encoding="UTF-8"?>
<!-- What every view takes from the teiHeader: the main title, the citation line and the edition's address. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The edition's stable address for the "how to cite" line; by default the header's URI idno. -->
  <xsl:param name="edition-url" as="xs:string"
      select="string((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = ('URI', 'URL', 'DOI')])[1])"/>

  <!-- The header's file description (the first, should a broken file have two). -->
  <!-- The edition, for templates whose context is not one of its nodes (a page's name, say). -->
  <xsl:variable name="sg:document" as="document-node()" select="/"/>

  <xsl:variable name="sg:file-desc" as="element(tei:fileDesc)?" select="(/tei:TEI/tei:teiHeader/tei:fileDesc)[1]"/>

  <xsl:function name="sg:main-title" as="element()?">
    <xsl:param name="file-desc" as="element(tei:fileDesc)?"/>
    <xsl:sequence select="($file-desc/tei:titleStmt/tei:title[@type = 'main'], $file-desc/tei:titleStmt/tei:title[not(@type = 'sub')], $file-desc/tei:titleStmt/tei:title)[1]"/>
  </xsl:function>

  <!-- Author, title, edition statement, publisher and date: the citation line without the address. -->
  <xsl:function name="sg:citation" as="xs:string">
    <xsl:param name="file-desc" as="element(tei:fileDesc)?"/>
    <xsl:sequence select="string-join((
        string-join($file-desc/tei:titleStmt/tei:author ! sg:plain(.), ', '),
        sg:plain(sg:main-title($file-desc)),
        $file-desc/tei:editionStmt/tei:edition ! sg:plain(.),
        $file-desc/tei:publicationStmt/(tei:publisher | tei:distributor | tei:authority)[1] ! sg:plain(.),
        $file-desc/tei:publicationStmt/tei:date[1] ! sg:plain(.))[. != ''], ', ') || '.'"/>
  </xsl:function>
</xsl:stylesheet>
