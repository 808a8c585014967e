<?xml version="1.0" encoding="UTF-8"?>
<!-- What every view shares: look-ups, interface words, numbering, readings and the apparatus as data. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="lookup.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="ids.xsl"/>
  <xsl:include href="l10n.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="numbering.xsl"/>
  <xsl:include href="readings.xsl"/>
  <xsl:include href="apparatus-entries.xsl"/>
  <xsl:include href="witnesses.xsl"/>
  <xsl:include href="ms-description.xsl"/>
  <xsl:include href="entry-segments.xsl"/>
  <xsl:include href="index-entries.xsl"/>
  <xsl:include href="synopsis-rows.xsl"/>
  <xsl:include href="element-kinds.xsl"/>
  <xsl:include href="leiden.xsl"/>
  <xsl:include href="vocabularies.xsl"/>
  <xsl:include href="facsimile.xsl"/>
  <xsl:include href="unhandled.xsl"/>
</xsl:stylesheet>
