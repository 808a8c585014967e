<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements no view knows. Their text is kept (an editor's words are never dropped) and the
  build warns about the element, so that the editor or the developer can decide how it
  should look. Sigla reports each such warning once per file.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:sg="http://sigla.org/ns"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:warn-unhandled">
    <xsl:message select="'warning: no rendering for the element ' || name() || ', whose text is kept as plain text [unhandled]'"/>
  </xsl:template>
</xsl:stylesheet>
