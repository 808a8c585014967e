<?xml version="1.0" encoding="UTF-8"?>
<!--
  The ids the views give what they render, unique by construction. An element keeps its own
  xml:id (links into the edition stay stable) when it is the first element to carry it: a
  file built with errors may repeat one, as may the texts of a <group>. Every other id is
  made from a prefix and a number that is unique for its kind (a position, never @n, which
  restarts or repeats), and steps aside from any xml:id of the source that it would copy.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The ids the views give their own parts (the text, the notes, the title page…), in every
       view: an element of the source with one of them (xml:id="text") is given a made id instead,
       or a page would hold the id twice (and FOP refuses a print edition that does). -->
  <xsl:variable name="sgp:view-ids" as="xs:string*" select="('contents', 'entries', 'entries-title', 'indexes', 'main', 'notes',
      'notes-title', 'synopsis-choice', 'synopsis-default', 'synopsis-readings', 'text', 'text-title', 'title', 'title-page',
      'witnesses', 'witnesses-title', 'note-popover', 'witness-descriptions', 'witness-descriptions-title')"/>

  <!-- The element's xml:id, if no element before it has the same and no part of the views takes it. -->
  <xsl:function name="sg:own-id" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/@xml:id[not(. = $sgp:view-ids)][key('sg:id', string(.), root(..))[1] is $element]/string()"/>
  </xsl:function>

  <!-- The element's own id, else $prefix and $number ($number empty: the element is not numbered,
       and its node id stands in). -->
  <xsl:function name="sg:made-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="number" as="xs:anyAtomicType?"/>
    <xsl:variable name="made" select="$prefix || (if (exists($number)) then string($number) else sgp:node-number($element))"/>
    <xsl:sequence select="(sg:own-id($element),
                           if (exists(key('sg:id', $made, root($element)))) then $made || '-' || sgp:node-number($element) else $made)[1]"/>
  </xsl:function>

  <!-- The element's node id without the number of the document, which differs from one
       transformation to the next (Saxon's d1e42, d2e42): the same page whichever stylesheet made it. -->
  <xsl:function name="sgp:node-number" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="replace(generate-id($element), '^d\d+', '')"/>
  </xsl:function>
</xsl:stylesheet>
