<?xml version="1.0" encoding="UTF-8"?>
<!--
  A <teiCorpus> as the one text the views render: the corpus's header, then each of its
  texts in a group (TEI's own form for a composite text, <text><group><text/>…</group></text>),
  each opening with a title page made from its own header (title, author, date). The views
  read a <TEI>; Sigla runs this first on a corpus file, and so can any XSLT 3.0 processor:

    java -jar saxon-he.jar -s:corpus.xml -xsl:xslt/tei-corpus.xsl -o:corpus-as-text.xml
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/tei:teiCorpus">
    <TEI>
      <xsl:copy-of select="@*"/>
      <xsl:if test="empty(@xml:lang)">
        <xsl:copy-of select="(descendant::tei:TEI/@xml:lang)[1]"/>
      </xsl:if>
      <xsl:copy-of select="tei:teiHeader"/>
      <text>
        <group>
          <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="member"/>
        </group>
      </text>
      <xsl:if test="exists(.//tei:standOff)">
        <standOff>
          <xsl:copy-of select=".//tei:standOff/node()"/>
        </standOff>
      </xsl:if>
    </TEI>
  </xsl:template>

  <!-- A member: its text, opening with a title page from its header; a corpus inside the corpus, a group of its own. -->
  <xsl:template match="tei:TEI" mode="member">
    <xsl:variable name="file" select="tei:teiHeader/tei:fileDesc"/>
    <text>
      <xsl:copy-of select="@xml:id, @xml:lang, tei:text/@*[not(name() = ('xml:id', 'xml:lang'))]"/>
      <front>
        <titlePage>
          <docTitle>
            <titlePart type="main"><xsl:copy-of select="($file/tei:titleStmt/tei:title[@type = 'main'], $file/tei:titleStmt/tei:title)[1]/node()"/></titlePart>
          </docTitle>
          <xsl:for-each select="$file/tei:titleStmt/tei:author">
            <docAuthor><xsl:copy-of select="node()"/></docAuthor>
          </xsl:for-each>
        </titlePage>
        <xsl:copy-of select="tei:text/tei:front/node()"/>
      </front>
      <xsl:copy-of select="tei:text/(tei:body | tei:group | tei:back)"/>
    </text>
  </xsl:template>

  <xsl:template match="tei:teiCorpus" mode="member">
    <text>
      <xsl:copy-of select="@xml:id"/>
      <group>
        <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="member"/>
      </group>
    </text>
  </xsl:template>
</xsl:stylesheet>
