<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page images as plates after the text, one to a page with its caption, where
  -p facsimile-plates=true asks for them (modules/common/facsimile.xsl says which). Sigla puts
  the local images beside the .tex, a TIFF converted to JPEG; a file that is not there, a path
  LaTeX would misread and a remote image are named rather than printed.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:latex-plates">
    <xsl:if test="exists($sg:plates)">
      <xsl:value-of select="'\cleardoublepage&#10;\chapter*{' || sg:tex(sg:label('plates')) || '}&#10;'"/>
      <xsl:for-each select="$sg:plates">
        <!-- Sigla copies the images beside the .tex (facsimile/…); TeX reads nowhere else. -->
        <xsl:variable name="path" select="if (sg:image/@kind = 'local') then string(sg:image/@url) else ''"/>
        <xsl:variable name="caption" select="'\par\medskip{\small ' || sg:tex(sg:plate-caption(.)) || '}'"/>
        <xsl:value-of select="if (position() gt 1) then '\clearpage&#10;' else ''"/>
        <xsl:text>\begin{center}&#10;</xsl:text>
        <xsl:choose>
          <xsl:when test="matches($path, '^[A-Za-z0-9/._-]+\.(png|jpe?g|pdf)$', 'i')">
            <xsl:value-of select="'\IfFileExists{' || $path || '}{\includegraphics[width=\textwidth,height=0.8\textheight,keepaspectratio]{'
                                  || $path || '}}{\texttt{' || sg:tex(sg:image/@source) || '}}' || $caption || '&#10;'"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="'\texttt{' || sg:tex((sg:image/@source, sg:image/@url)[1]) || '}' || $caption || '&#10;'"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text>\end{center}&#10;</xsl:text>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
