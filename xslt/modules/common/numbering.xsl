<?xml version="1.0" encoding="UTF-8"?>
<!--
  Numbers shared by every view: paragraphs, verse lines, notes, and the places an
  apparatus entry is keyed to. Each is computed once per document in a single pass (a map
  from node to number), never by counting preceding:: nodes, which is quadratic.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:key name="sgp:notes-by-target" match="tei:note[@target]" use="sg:local-ids(@target)"/>

  <!-- Paragraph-like blocks of the reading text, numbered 1, 2, 3… Not a block inside a reading
       of the apparatus or a deletion: a page may hide it, and every number must lead somewhere
       (what it holds is then placed in the block around it). -->
  <xsl:variable name="sgp:paragraphs" as="element()*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//*[self::tei:p or self::tei:ab][not(ancestor::tei:note or ancestor::tei:rdg or ancestor::tei:del)]"/>
  <xsl:variable name="sgp:paragraph-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:paragraphs) return map:entry(generate-id($sgp:paragraphs[$i]), $i))"/>

  <!-- Verse lines, numbered through the text (an explicit numeric @n wins). -->
  <xsl:variable name="sgp:lines" as="element()*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//tei:l[not(ancestor::tei:note or ancestor::tei:rdg or ancestor::tei:del)]"/>
  <xsl:variable name="sgp:line-positions" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:lines) return map:entry(generate-id($sgp:lines[$i]), $i))"/>

  <!-- Notes written in the text itself, and notes kept apart that point at a call in it. -->
  <xsl:function name="sg:is-inline-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/ancestor::tei:body | $note/ancestor::tei:front) and empty($note/ancestor::tei:note)"/>
  </xsl:function>

  <xsl:function name="sgp:is-separate-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/@target) and exists($note/ancestor::tei:back | $note/ancestor::tei:standOff) and empty($note/ancestor::tei:note)"/>
  </xsl:function>
  <xsl:variable name="sgp:separate-notes" as="element(tei:note)*"
      select="(/tei:TEI/tei:text/tei:back | /tei:TEI/tei:standOff)//tei:note[sgp:is-separate-note(.)]"/>
  <!-- Call points in reading order: inline notes, and the elements separate notes point at. -->
  <xsl:variable name="sgp:callouts" as="node()*"
      select="/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//tei:note[sg:is-inline-note(.)]
              | (for $n in $sgp:separate-notes return sg:targets($n/@target)[ancestor::tei:text])"/>
  <!-- Every note once, in the order of its call; a note whose call is missing comes last, never lost. -->
  <xsl:variable name="sg:notes" as="element(tei:note)*">
    <xsl:variable name="called" as="element(tei:note)*"
        select="for $c in $sgp:callouts
                return if ($c/self::tei:note) then $c else key('sgp:notes-by-target', $c/@xml:id)[sgp:is-separate-note(.)]"/>
    <xsl:sequence select="$called, $sgp:separate-notes except $called"/>
  </xsl:variable>
  <xsl:variable name="sgp:note-positions" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sg:notes) return map:entry(generate-id($sg:notes[$i]), $i))"/>
  <xsl:variable name="sgp:note-numbers" as="map(xs:string, xs:string)"
      select="map:merge(for $i in 1 to count($sg:notes)
                        return map:entry(generate-id($sg:notes[$i]), string(($sg:notes[$i]/@n, $i)[1])), map{'duplicates': 'use-first'})"/>

  <!-- The call points inside content a reading hides (a sic, a deletion, a reading not shown):
       the views still place their calls and anchors, so that no note or apparatus entry loses
       its place. -->
  <xsl:function name="sg:calls-in" as="element()*">
    <xsl:param name="hidden" as="node()*"/>
    <xsl:sequence select="$hidden/descendant-or-self::*[self::tei:anchor[@xml:id] or self::tei:note[sg:is-inline-note(.)]]"/>
  </xsl:function>

  <xsl:function name="sg:paragraph-number" as="xs:integer?">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="$sgp:paragraph-numbers(generate-id($block))"/>
  </xsl:function>

  <xsl:function name="sg:line-number" as="xs:string?">
    <xsl:param name="line" as="element()"/>
    <xsl:variable name="position" select="$sgp:line-positions(generate-id($line))"/>
    <xsl:sequence select="if (exists($position)) then string(($line/@n[. castable as xs:integer], $position)[1]) else ()"/>
  </xsl:function>

  <xsl:function name="sg:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($sgp:note-numbers(generate-id($note)), '?')[1]"/>
  </xsl:function>

  <!-- Stable anchors: the TEI's own xml:id where it has one, else one made from the note's
       position (not its @n: numbers may restart with each chapter). -->
  <xsl:function name="sg:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="sg:made-id($note, 'note-', $sgp:note-positions(generate-id($note)))"/>
  </xsl:function>

  <xsl:function name="sg:call-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'call-' || sg:note-id($note)"/>
  </xsl:function>

  <xsl:function name="sg:paragraph-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="sg:made-id($block, 'p-', sg:paragraph-number($block))"/>
  </xsl:function>

  <xsl:function name="sg:line-id" as="xs:string">
    <xsl:param name="line" as="element()"/>
    <!-- By position, not @n: numbering may restart with each poem, an anchor may not. -->
    <xsl:sequence select="sg:made-id($line, 'l-', $sgp:line-positions(generate-id($line)))"/>
  </xsl:function>

  <!-- The numbered block (note, line or paragraph) that holds a node of the text. -->
  <xsl:function name="sg:place" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::tei:note[map:contains($sgp:note-numbers, generate-id(.))][1],
                           $node/ancestor-or-self::tei:l[not(ancestor::tei:note)][1],
                           $node/ancestor-or-self::*[(self::tei:p or self::tei:ab) and exists(sg:paragraph-number(.))][1])[1]"/>
  </xsl:function>

  <!-- How an apparatus entry names a place: "3" (paragraph), "v. 12" (line), "n. 5" (note). -->
  <xsl:function name="sg:place-label" as="xs:string">
    <xsl:param name="place" as="element()?"/>
    <xsl:sequence select="if ($place/self::tei:note) then sg:label('note-short') || '&#xA0;' || sg:note-number($place)
                          else if ($place/self::tei:l) then sg:label('line') || '&#xA0;' || sg:line-number($place)
                          else if ($place) then string(sg:paragraph-number($place))
                          else ''"/>
  </xsl:function>

  <xsl:function name="sg:place-id" as="xs:string?">
    <xsl:param name="place" as="element()?"/>
    <xsl:sequence select="if ($place/self::tei:note) then sg:note-id($place)
                          else if ($place/self::tei:l) then sg:line-id($place)
                          else if ($place) then sg:paragraph-id($place)
                          else ()"/>
  </xsl:function>
</xsl:stylesheet>
