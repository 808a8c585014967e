<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus home page of an output folder: every edition built there, with its title,
  author and date, and links to the files of its views (a view that
  failed is named as missing). Its input is the folder's .sigla-manifest.xml.

  Standalone: java -jar saxon-he.jar -s:out/.sigla-manifest.xml -xsl:xslt/corpus.xsl -o:out/index.html
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/l10n.xsl"/>

  <!-- The corpus page's title. -->
  <xsl:param name="corpus-title" as="xs:string" select="sg:label('editions')"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/corpus">
    <html lang="{sg:interface-lang()}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Sigla"/>
        <title><xsl:value-of select="$corpus-title"/></title>
        <style><xsl:value-of select="unparsed-text('assets/sigla.css')"/></style>
      </head>
      <body>
        <main id="main">
          <h1><xsl:value-of select="$corpus-title"/></h1>
          <ul class="index-list corpus-list">
            <xsl:for-each select="edition">
              <xsl:sort select="lower-case(@author)"/>
              <xsl:sort select="lower-case(@title)"/>
              <xsl:variable name="name" select="@name"/>
              <xsl:variable name="files" select="view[not(@failure)]/tokenize(@files)"/>
              <li class="index-entry">
                <xsl:choose>
                  <xsl:when test="exists($files)">
                    <a class="index-name" href="{$name}/{($files[. = 'index.html'], $files)[1]}">
                      <xsl:value-of select="(@title[. != ''], $name)[1]"/></a>
                  </xsl:when>
                  <xsl:otherwise><span class="index-name"><xsl:value-of select="(@title[. != ''], $name)[1]"/></span></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="@author != ''"><xsl:text> — </xsl:text><xsl:value-of select="@author"/></xsl:if>
                <xsl:if test="@date != ''"><xsl:text> (</xsl:text><xsl:value-of select="@date"/><xsl:text>)</xsl:text></xsl:if>
                <!-- Each view there, by its files; a view that failed says so, so that a reader knows it is missing. -->
                <span class="index-links">
                  <xsl:for-each select="view">
                    <xsl:sort select="index-of(('html', 'text', 'apparatus', 'apparatus-text', 'pdf'), @id)"/>
                    <xsl:text> · </xsl:text>
                    <xsl:choose>
                      <xsl:when test="@failure">
                        <span class="view-failed" title="{@failure}"><xsl:value-of select="sg:label('view-' || @id) || ' ' || sg:label('view-failed')"/></span>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:for-each select="tokenize(@files)">
                          <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
                          <a href="{$name}/{.}"><xsl:value-of select="."/></a>
                        </xsl:for-each>
                      </xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </main>
        <footer class="site-footer"><p><xsl:value-of select="sg:label('generated-by')"/></p></footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
