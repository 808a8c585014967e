<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every view of an edition but the print one, from one transformation: the web edition
  (index.html, and source.html where the source reads differently; with search-records set,
  the records the search index is made from, modules/html/search-record.xsl), the synopsis of the
  witnesses (synopsis.html, where there are two or more), the apparatus page (apparatus.html),
  the text (text.txt) and
  the apparatus as text (apparatus.txt). It renders what html.xsl, apparatus.xsl, text.xsl
  and apparatus-text.xsl render, from the same modules; what the views share (numbering,
  notes, the apparatus entries, the indexes) is computed once instead of once per view.

  $views names the views to write (html, synopsis, apparatus, text, apparatus-text); the files go
  beside the base output URI.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/edition.xsl -o:out/edition
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/html/page.xsl"/>
  <xsl:import href="modules/html/sigla.xsl"/>
  <xsl:import href="modules/html/titlepage.xsl"/>
  <xsl:import href="modules/html/text.xsl"/>
  <xsl:import href="modules/html/msdesc.xsl"/>
  <xsl:import href="modules/html/notes.xsl"/>
  <xsl:import href="modules/html/indexes.xsl"/>
  <xsl:import href="modules/html/edition-page.xsl"/>
  <xsl:import href="modules/html/facsimile.xsl"/>
  <xsl:import href="modules/html/search-record.xsl"/>
  <xsl:import href="modules/apparatus/page.xsl"/>
  <xsl:import href="modules/html/synopsis.xsl"/>
  <xsl:import href="modules/text/wrap.xsl"/>
  <xsl:import href="modules/text/conspectus.xsl"/>
  <xsl:import href="modules/text/inline.xsl"/>
  <xsl:import href="modules/text/blocks.xsl"/>
  <xsl:import href="modules/text/document.xsl"/>
  <xsl:import href="modules/apparatus/text.xsl"/>

  <xsl:param name="views" as="xs:string*" select="'html', 'synopsis', 'apparatus', 'text', 'apparatus-text'"/>
  <!-- File names of the two text views (the pages' names are parameters of modules/html/page.xsl). -->
  <xsl:param name="text-file" as="xs:string" select="'text.txt'"/>
  <xsl:param name="apparatus-text-file" as="xs:string" select="'apparatus.txt'"/>
  <!-- What the web edition names, for the corpus-wide indexes of a build (modules/html/indexes.xsl); empty for none. -->
  <xsl:param name="mentions-file" as="xs:string" select="'mentions.xml'"/>

  <!-- As in html.xsl: ids in links are written as they are, external addresses escaped by sg:safe-url. -->
  <xsl:output name="html" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>
  <xsl:output name="text" method="text" encoding="UTF-8" normalization-form="NFC"/>
  <xsl:output name="xml" method="xml" encoding="UTF-8" indent="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:variable name="views" select="tokenize(string-join($views, ' '))"/>
    <xsl:if test="$views = ('html', 'synopsis')">
      <xsl:call-template name="sg:facsimile-library"/>
    </xsl:if>
    <xsl:if test="$views = 'html'">
      <xsl:call-template name="sg:page-and-record">
        <xsl:with-param name="href" select="$edited-page"/>
        <xsl:with-param name="shown" select="'edited'"/>
      </xsl:call-template>
      <xsl:call-template name="sg:data-records"/>
      <xsl:if test="$mentions-file != ''">
        <xsl:result-document href="{$mentions-file}" format="xml">
          <xsl:call-template name="sg:mentions-record"/>
        </xsl:result-document>
      </xsl:if>
      <xsl:if test="$source-page != '' and $sg:has-source-reading">
        <xsl:call-template name="sg:page-and-record">
          <xsl:with-param name="href" select="$source-page"/>
          <xsl:with-param name="shown" select="'source'"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
    <xsl:if test="$views = 'synopsis' and $sg:has-synopsis">
      <xsl:result-document href="{$synopsis-page}" format="html">
        <xsl:call-template name="sg:synopsis-page"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$views = 'apparatus'">
      <xsl:result-document href="{$apparatus-page}" format="html">
        <xsl:call-template name="sg:apparatus-page"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$views = 'text'">
      <xsl:result-document href="{$text-file}" format="text">
        <xsl:call-template name="sg:text-document"/>
      </xsl:result-document>
    </xsl:if>
    <xsl:if test="$views = 'apparatus-text'">
      <xsl:result-document href="{$apparatus-text-file}" format="text">
        <xsl:call-template name="sg:apparatus-text"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
