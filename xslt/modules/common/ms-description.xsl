<?xml version="1.0" encoding="UTF-8"?>
<!--
  A manuscript (or object) description in the parts a scholar reads it in, decided once for
  every view: contents, physical description, history, additional information, then the
  parts of a composite manuscript (msPart) as descriptions of their own. Each view renders
  the result in its own terms (web, print, LaTeX, text).

  sg:ms-description(msDesc) gives a map:
    'paragraphs': the description's own paragraphs (elements whose content is a paragraph),
    'parts':      an array of parts, each map{'key': label key, 'paragraphs': …, 'facts': array,
                  'items': array (msItems)},
    'subparts':   an array of map{'heading': shelfmark, 'date': origDate?, 'description': map}.
  A fact is map{'key': label key, 'text': words made here (“2 columns, 32 lines”), 'nodes': the
  TEI nodes whose content it is, 'after': words made here that follow them, 'list': nodes each
  a line of their own (a provenance chain)}. An item is map{'n', 'facts', 'items'}.
  Facts without words are left out, and parts without facts: never an empty label.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:function name="sg:ms-description" as="map(*)">
    <xsl:param name="description" as="element()"/>
    <xsl:sequence select="map{
        'paragraphs': $description/(tei:p | tei:ab),
        'parts': array{ ($description/tei:msContents ! sgp:contents(.), $description/tei:physDesc ! sgp:physical(.),
                         $description/tei:history ! sgp:history(.), $description/tei:additional ! sgp:additional(.))[sgp:says(.)] },
        'subparts': array{ $description/tei:msPart ! map{
            'heading': (tei:msIdentifier[1] ! sg:shelfmark(.), tei:altIdentifier ! sg:plain(.))[normalize-space()][1],
            'date': (tei:history/tei:origin//tei:origDate)[1],
            'description': sg:ms-description(.)} }
      }"/>
  </xsl:function>

  <!-- The witnesses whose description says more than their shelfmark: what print follows the text with. -->
  <xsl:function name="sg:fully-described-witnesses" as="element()*">
    <xsl:sequence select="$sg:described-witnesses/(self::tei:msDesc, descendant::tei:witness[tei:msDesc])
        [let $d := sg:ms-description(sg:witness-description(.)) return exists($d?paragraphs) or array:size($d?parts) + array:size($d?subparts) gt 0]"/>
  </xsl:function>

  <!-- Whether a part has anything to say. -->
  <xsl:function name="sgp:says" as="xs:boolean">
    <xsl:param name="part" as="map(*)"/>
    <xsl:sequence select="exists($part?paragraphs) or array:size($part?facts) gt 0 or array:size($part?items) gt 0"/>
  </xsl:function>

  <xsl:function name="sgp:part" as="map(*)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="paragraphs" as="element()*"/>
    <xsl:param name="facts" as="map(*)*"/>
    <xsl:param name="items" as="map(*)*"/>
    <xsl:sequence select="map{'key': $key, 'paragraphs': $paragraphs[normalize-space()], 'facts': array{ $facts[sgp:has-words(.)] }, 'items': array{ $items }}"/>
  </xsl:function>

  <!-- A fact of the words of its nodes, words made here before and after them, or a list. -->
  <xsl:function name="sgp:fact" as="map(*)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="text" as="xs:string?"/>
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="after" as="xs:string?"/>
    <xsl:sequence select="map{'key': $key, 'text': string($text), 'nodes': $nodes, 'after': string($after), 'list': ()}"/>
  </xsl:function>

  <xsl:function name="sgp:has-words" as="xs:boolean">
    <xsl:param name="fact" as="map(*)"/>
    <xsl:sequence select="normalize-space(string-join(($fact?text, $fact?nodes ! string(.), $fact?after, $fact?list ! string(.)))) != ''"/>
  </xsl:function>

  <xsl:function name="sgp:contents" as="map(*)">
    <xsl:param name="contents" as="element(tei:msContents)"/>
    <xsl:sequence select="sgp:part('ms-contents', $contents/(tei:summary | tei:p), (), $contents/(tei:msItem | tei:msItemStruct) ! sgp:item(.))"/>
  </xsl:function>

  <xsl:function name="sgp:item" as="map(*)">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="map{'n': string($item/@n),
        'facts': array{ ($item/(tei:locus | tei:locusGrp | tei:author | tei:title | tei:rubric | tei:incipit | tei:explicit | tei:colophon | tei:note | tei:p | tei:textLang)
                         ! sgp:fact('ms-' || (if (self::tei:locusGrp) then 'locus' else if (self::tei:p or self::tei:textLang) then 'note' else local-name()), (), node(), ()))[sgp:has-words(.)] },
        'items': array{ $item/(tei:msItem | tei:msItemStruct) ! sgp:item(.) }}"/>
  </xsl:function>

  <xsl:function name="sgp:physical" as="map(*)">
    <xsl:param name="physical" as="element(tei:physDesc)"/>
    <xsl:variable name="object" select="$physical/tei:objectDesc"/>
    <xsl:variable name="support" select="$object/tei:supportDesc"/>
    <!-- An inscription's hands are its letters. -->
    <xsl:variable name="notes" select="map{'handDesc': if ($sg:leiden) then 'ms-letters' else 'ms-hands', 'scriptDesc': 'ms-script', 'typeDesc': 'ms-script', 'decoDesc': 'ms-decoration',
        'musicNotation': 'ms-music', 'additions': 'ms-additions', 'bindingDesc': 'ms-binding', 'sealDesc': 'ms-seals', 'accMat': 'ms-accompanying'}"/>
    <xsl:sequence select="sgp:part('ms-physical', $physical/tei:p, (
        $object/@form ! sgp:fact('ms-form', string(.), (), ()),
        $support/@material ! sgp:fact('ms-material', string(.), (), ()),
        ($support/(tei:support | tei:p), $object/tei:p) ! sgp:fact('ms-support', (), node(), ()),
        $support/tei:extent ! sgp:extent(.),
        $support/(tei:foliation | tei:collation | tei:condition) ! sgp:fact('ms-' || local-name(), (), node(), ()),
        $object/tei:layoutDesc/(tei:layout | tei:p) ! sgp:layout(.),
        $physical/(tei:handDesc | tei:scriptDesc | tei:typeDesc | tei:decoDesc | tei:musicNotation | tei:additions | tei:bindingDesc | tei:sealDesc | tei:accMat)
            ! sgp:notes($notes(local-name()), .)), ())"/>
  </xsl:function>

  <!-- "ii + 131 + iii leaves", then its dimensions as a fact of their own: "leaf 335 × 215 mm; written area 225 × 145 mm". -->
  <xsl:function name="sgp:extent" as="map(*)*">
    <xsl:param name="extent" as="element(tei:extent)"/>
    <xsl:sequence select="sgp:fact('ms-extent', (), $extent/node() except $extent/tei:dimensions, ()),
                          sgp:fact('ms-dimensions', string-join($extent/tei:dimensions ! sg:dimensions(.), '; '), (), ())"/>
  </xsl:function>

  <!-- "2 columns, 32 lines. Ruled in drypoint." -->
  <xsl:function name="sgp:layout" as="map(*)">
    <xsl:param name="layout" as="element()"/>
    <xsl:variable name="counts" select="($layout/@columns ! (. || ' ' || sg:label(if (. = '1') then 'ms-column' else 'ms-columns')),
                                         $layout/@writtenLines ! (. || ' ' || sg:label('ms-lines')))"/>
    <xsl:sequence select="sgp:fact('ms-layout', string-join($counts, ', ') || (if (exists($counts) and normalize-space($layout) != '') then '. ' else ''), $layout/node(), ())"/>
  </xsl:function>

  <!-- Hands, decoration, binding, surrogates…: each note or paragraph a line of its own. -->
  <xsl:function name="sgp:notes" as="map(*)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="notes" as="element()"/>
    <xsl:variable name="lines" select="$notes/(* except tei:summary)"/>
    <xsl:sequence select="if (empty($lines)) then sgp:fact($key, (), $notes/node(), ())
        else map:put(sgp:fact($key, (), $notes/tei:summary/node(), ()), 'list',
                     $lines ! (if ((self::tei:binding or self::tei:seal or self::tei:decoNote or self::tei:handNote) and tei:p) then tei:p else .))"/>
  </xsl:function>

  <xsl:function name="sgp:history" as="map(*)">
    <xsl:param name="history" as="element(tei:history)"/>
    <xsl:variable name="found" select="$history/tei:provenance[@type = ('found', 'discovered')]"/>
    <xsl:variable name="chain" select="$history/tei:provenance[normalize-space()] except $found"/>
    <xsl:sequence select="sgp:part('ms-history', $history/(tei:summary | tei:p), (
        $history/tei:origin ! sgp:fact('ms-origin', (), node(), ()),
        $found ! sgp:fact('ms-found', (), node(), ()),
        (if (exists($chain)) then map:put(sgp:fact('ms-provenance', (), (), ()), 'list', $chain) else ()),
        $history/tei:acquisition ! sgp:fact('ms-acquisition', (), node(), ())), ())"/>
  </xsl:function>

  <xsl:function name="sgp:additional" as="map(*)">
    <xsl:param name="additional" as="element(tei:additional)"/>
    <xsl:sequence select="sgp:part('ms-additional', $additional/tei:p, (
        $additional/tei:listBibl ! map:put(sgp:fact('ms-bibliography', (), (), ()), 'list', * except tei:head),
        $additional/tei:surrogates ! sgp:notes('ms-surrogates', .),
        $additional/tei:adminInfo ! sgp:notes('ms-admin', .)), ())"/>
  </xsl:function>
</xsl:stylesheet>
