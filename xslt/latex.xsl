<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition as LaTeX for LuaLaTeX and reledmac: numbered lines, the apparatus keyed
  to them in series A, the notes as familiar footnotes. Sigla runs latexmk on it
  (sigla pdf engine latex); on its own it writes edition.tex.

  Standalone: java -jar saxon-he.jar -s:tei/edition.xml -xsl:xslt/latex.xsl -o:out/edition.tex
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:import href="modules/common/common.xsl"/>
  <xsl:import href="modules/latex/escape.xsl"/>
  <xsl:import href="modules/latex/apparatus.xsl"/>
  <xsl:import href="modules/latex/index.xsl"/>
  <xsl:import href="modules/latex/text.xsl"/>
  <xsl:import href="modules/common/print-fonts.xsl"/>
  <xsl:import href="modules/latex/witnesses.xsl"/>
  <xsl:import href="modules/latex/plates.xsl"/>
  <xsl:import href="modules/latex/document.xsl"/>

  <xsl:output method="text" encoding="UTF-8" normalization-form="NFC"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/">
    <xsl:call-template name="sg:latex-document"/>
  </xsl:template>
</xsl:stylesheet>
