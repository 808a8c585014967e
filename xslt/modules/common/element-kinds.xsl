<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the views do with an element that no template of theirs names: one decision, shared
  by every view, so that the web, text and print editions agree and no TEI element goes
  without a rendering.

    silent   metadata about the text, not text (certainty, links, interpretations, lists of
             persons or places, which feed the indexes, an apparatus kept apart, which feeds
             the apparatus): nothing in the reading text, but the note calls and apparatus
             places inside stay;
    block    a block of its own (a paragraph-like element, a part of a title page or a letter,
             a list or a table);
    phrase   every other TEI P5 element: its words, in the line, with no look of its own;
    unknown  a name that is not TEI P5 (a misspelling, another vocabulary): its words are kept
             and the build warns, so that the editor can look.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- Static: read and built once, when the stylesheet is compiled, not again for each document. -->
  <xsl:variable name="sgp:tei-elements" static="yes" as="xs:string*"
      select="tokenize(normalize-space(doc('tei-elements.xml')/tei-elements/all))"/>

  <xsl:variable name="sgp:silent-elements" static="yes" as="xs:string*" select="(
      'certainty', 'precision', 'respons', 'alt', 'altGrp', 'join', 'joinGrp', 'span', 'spanGrp',
      'link', 'linkGrp', 'interp', 'interpGrp', 'timeline', 'when', 'index', 'witDetail', 'figDesc',
      'fw', 'milestone', 'cb', 'catchwords', 'handShift', 'addSpan', 'delSpan', 'damageSpan', 'substJoin',
      'listApp', 'listTranspose', 'transpose', 'variantEncoding',
      'listPerson', 'listPlace', 'listOrg', 'listEvent', 'listRelation', 'listNym', 'listObject', 'relation',
      'facsimile', 'surface', 'surfaceGrp', 'zone', 'media', 'binaryObject', 'fs', 'fLib', 'fvLib', 'vAlt',
      'standOff', 'teiHeader')"/>

  <xsl:variable name="sgp:block-elements" static="yes" as="xs:string*" select="(
      'p', 'ab', 'l', 'lg', 'sp', 'spGrp', 'u', 'head', 'argument', 'byline', 'dateline', 'docAuthor',
      'docDate', 'docEdition', 'docImprint', 'docTitle', 'titlePart', 'imprimatur', 'epigraph', 'opener', 'closer',
      'salute', 'signed', 'postscript', 'trailer', 'address', 'meeting', 'list', 'item', 'listBibl', 'listWit',
      'witness', 'table', 'row', 'cell', 'castList', 'castGroup', 'castItem', 'set', 'performance', 'prologue',
      'epilogue', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'divGen', 'titlePage',
      'floatingText', 'figure', 'eg', 'entry', 'entryFree', 'superEntry', 'sense', 'annotationBlock',
      'msDesc', 'bibl', 'biblStruct', 'biblFull', 'desc', 'label', 'caption', 'camera', 'sound', 'tech', 'view', 'move')"/>

  <!-- The kind of every TEI element by name. A map, not the lists themselves: a view asks for
       the kind of each element inside each paragraph, and comparing a name with 600 others
       each time showed in the profile (string comparisons, 5% of the web edition's time). -->
  <xsl:variable name="sgp:element-kinds" static="yes" as="map(xs:string, xs:string)"
      select="map:merge(for $name in $sgp:tei-elements
                        return map:entry($name, if ($name = $sgp:silent-elements) then 'silent'
                                                else if ($name = $sgp:block-elements) then 'block'
                                                else 'phrase'))"/>

  <!-- "silent", "block", "phrase" or "unknown": see above. -->
  <xsl:function name="sg:element-kind" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if (namespace-uri($element) != 'http://www.tei-c.org/ns/1.0') then 'unknown'
                          else ($sgp:element-kinds(local-name($element)), 'unknown')[1]"/>
  </xsl:function>

  <!-- Whether an element that may stand as a block or in the line (a stage direction, a date line)
       stands in the line here. -->
  <xsl:function name="sg:in-line" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/parent::*[self::tei:p or self::tei:ab or self::tei:l or self::tei:seg or self::tei:hi
                          or self::tei:speaker or self::tei:head or self::tei:item[text()[normalize-space()]] or self::tei:cell[text()[normalize-space()]]
                          or self::tei:label or self::tei:quote[empty(tei:p | tei:l | tei:lg)] or self::tei:q or self::tei:bibl or self::tei:titlePart or self::tei:docImprint])"/>
  </xsl:function>
</xsl:stylesheet>
