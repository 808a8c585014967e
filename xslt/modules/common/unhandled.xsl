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

  <!-- An element of another vocabulary is named with its namespace, so that the p of an example
       is not taken for TEI's; within such an element, only the outermost one is named. -->
  <xsl:template name="sg:warn-unhandled">
    <xsl:variable name="tei" select="namespace-uri() = 'http://www.tei-c.org/ns/1.0'"/>
    <xsl:if test="$tei or not(parent::*[namespace-uri() = namespace-uri(current())])">
      <xsl:message select="'warning: no rendering for the element ' || (if ($tei or namespace-uri() = '') then name() else '{' || namespace-uri() || '}' || local-name())
                           || ', whose text is kept as plain text [unhandled]'"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
