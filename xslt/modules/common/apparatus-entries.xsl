<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus as data: one sg:entry per intervention of the editors and per
  variant, in text order, keyed to its place. The HTML, text and print views only render
  these entries, so that they always agree on what the apparatus holds.

  It reads the three TEI encodings of an apparatus: parallel segmentation (app in the
  text), location-referenced (app with @loc) and double end-point attached (app with
  @from and @to, kept apart from the text).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- "positive" (the lemma's witnesses are named too) or "negative" (only the differing readings). -->
  <xsl:param name="apparatus" as="xs:string" select="'positive'"/>

  <!-- Everything the apparatus reports, in document order: the interventions and variants of
       the text, and the apparatus kept apart in standOff (what the editors did to their own
       descriptions of persons and places is not the text's apparatus). -->
  <xsl:variable name="sgp:interventions" as="element()*"
      select="/tei:TEI/tei:standOff//tei:app | /tei:TEI/tei:text//*[self::tei:choice or self::tei:supplied or self::tei:app or self::tei:gap
              or self::tei:unclear[empty(parent::tei:choice)] or self::tei:add[empty(ancestor::tei:app | parent::tei:subst)]
              or self::tei:del[empty(ancestor::tei:app | parent::tei:subst)] or self::tei:subst[empty(ancestor::tei:app)]]"/>
  <xsl:variable name="sgp:intervention-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:interventions) return map:entry(generate-id($sgp:interventions[$i]), $i))"/>

  <!-- Reading order of the numbered blocks, to put apparatus kept apart back in text order. -->
  <xsl:variable name="sgp:block-order" as="map(xs:string, xs:integer)">
    <xsl:variable name="blocks" select="$sgp:paragraphs | $sgp:lines"/>
    <xsl:sequence select="map:merge((for $i in 1 to count($blocks) return map:entry(generate-id($blocks[$i]), $i),
                                     for $i in 1 to count($sg:notes) return map:entry(generate-id($sg:notes[$i]), 1000000000 + $i)))"/>
  </xsl:variable>

  <xsl:function name="sg:is-intervention" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="map:contains($sgp:intervention-numbers, generate-id($element))"/>
  </xsl:function>

  <!-- The places inside content a reading hides: note calls and anchors (see sg:calls-in), and
       interventions, whose apparatus entries must still lead somewhere. -->
  <xsl:function name="sg:places-in" as="element()*">
    <xsl:param name="hidden" as="node()*"/>
    <xsl:sequence select="sg:calls-in($hidden) | $hidden/descendant-or-self::*[sg:is-intervention(.)]"/>
  </xsl:function>

  <!-- The id shared by an entry and its place in the text, so that each links to the other. -->
  <xsl:function name="sg:entry-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="sg:made-id($element, 'app-', $sgp:intervention-numbers(generate-id($element)))"/>
  </xsl:function>

  <!-- An app kept apart from the text (double end-point, location-referenced, or in a listApp): the text does not show it. -->
  <xsl:function name="sg:is-kept-apart" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/self::tei:app[@from or (@loc and empty(ancestor::tei:body)) or ancestor::tei:listApp])"/>
  </xsl:function>

  <!-- Where in the text an intervention stands: for an app kept apart, where its @from points. -->
  <xsl:function name="sg:entry-anchor" as="element()">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="apart" select="$element/ancestor::tei:app[sg:is-kept-apart(.)][last()]"/>
    <!-- Inside an app kept apart, an entry stands where that app does. -->
    <xsl:sequence select="if ($apart) then sg:entry-anchor($apart) else
                          (if ($element/self::tei:app[@from]) then sg:targets($element/@from)[1] else (),
                           if ($element/self::tei:app[@loc][empty(sg:place($element))])
                             then ($sgp:paragraphs[@n = $element/@loc or @xml:id = $element/@loc][1], sgp:line-at($element/@loc))[1] else (),
                           $element)[1]"/>
  </xsl:function>

  <!-- Where an entry stands, as a block: its anchor, or for a line named by number, the paragraph that holds it
       (the print views set the entries of a paragraph at its end or at its foot). -->
  <xsl:function name="sg:entry-block" as="element()">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="anchor" select="sg:entry-anchor($element)"/>
    <xsl:sequence select="if ($anchor/self::tei:lb) then ($anchor/ancestor::*[self::tei:p or self::tei:ab or self::tei:l or self::tei:div][1], $anchor)[1] else $anchor"/>
  </xsl:function>

  <!-- The line an apparatus kept apart names by number (EpiDoc's <app loc="3"> or loc="1-2": its first line), as <lb n="3"/> of the text. -->
  <xsl:key name="sgp:lines-by-number" match="tei:text//tei:lb[@n][empty(ancestor::tei:note | ancestor::tei:app)]" use="string(@n)"/>
  <xsl:function name="sgp:line-at" as="element(tei:lb)?">
    <xsl:param name="loc" as="attribute()"/>
    <xsl:sequence select="key('sgp:lines-by-number', tokenize(normalize-space($loc), '[\s\-–]+')[1], root($loc))[1]"/>
  </xsl:function>

  <!-- Made in one tree (a temporary document), not as loose elements, each of which would be a
       tree; in text order, the interventions sorted before their entries are made (the sort is
       stable: at one place, document order), so that the entries need carry no sort keys. -->
  <xsl:variable name="sgp:entry-tree" as="document-node()">
    <xsl:document>
      <xsl:apply-templates select="$sgp:interventions" mode="sg:apparatus-entry">
        <xsl:sort select="(sg:place(sg:entry-anchor(.)) ! $sgp:block-order(generate-id(.)), 0)[1]"/>
      </xsl:apply-templates>
    </xsl:document>
  </xsl:variable>
  <xsl:variable name="sg:entries" as="element(sg:entry)*" select="$sgp:entry-tree/sg:entry"/>

  <!--
    Mode sg:apparatus-entry: an intervention becomes one sg:entry with its lemma and readings.
  -->
  <xsl:mode name="sg:apparatus-entry" on-no-match="shallow-skip"/>

  <xsl:template match="*" mode="sg:apparatus-entry" priority="-1">
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="local-name()"/>
      <xsl:with-param name="lemma" select="sgp:reading(sgp:in-word(., sg:plain(.)), sg:agent-label(@resp))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:choice" mode="sg:apparatus-entry">
    <xsl:variable name="edited" select="sg:shown(., 'edited')"/>
    <xsl:variable name="source" select="sg:shown(., 'source')"/>
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="if (tei:corr) then 'corr' else if (tei:reg) then 'reg' else if (tei:expan) then 'expan' else 'var'"/>
      <xsl:with-param name="lemma" select="sgp:reading(sgp:in-word(., sg:plain($edited/node())), sg:agent-label(($edited/@resp, @resp)[1]))"/>
      <xsl:with-param name="readings" select="for $other in * except $edited
          return sgp:reading(sg:plain($other/node()), (sg:agent-label($other/@resp), if ($other is $source) then $sg:source-siglum else ())[1],
                             if (normalize-space($other) = '') then 'om' else '')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="sg:apparatus-entry">
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="'suppl'"/>
      <xsl:with-param name="lemma" select="sgp:reading(sgp:in-word(., sg:plain(node()), sg:supplied-brackets(.)),
                                                       sg:agent-label((@resp, @source)[1]))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A deletion's lemma is what it deletes, which the edited reading does not show. -->
  <xsl:template match="tei:del" mode="sg:apparatus-entry">
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="'del'"/>
      <xsl:with-param name="lemma" select="sgp:reading(normalize-space(.), sg:agent-label((@resp, @hand)[1]))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap" mode="sg:apparatus-entry">
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="'gap'"/>
      <xsl:with-param name="lemma" select="sgp:reading(string-join(('[…]', @reason ! (' (' || . || ')'))), sg:agent-label(@resp))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:app" mode="sg:apparatus-entry">
    <xsl:variable name="lemma" select="tei:lem[1]"/>
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="'var'"/>
      <xsl:with-param name="lemma" select="sgp:reading(if ($lemma) then sgp:reading-text($lemma) else if (@from) then sgp:text-between(.)
                                                       else sg:plain(sg:shown-reading(., '')/node()),
                                                       sgp:sigla(if ($lemma or @from) then $lemma else sg:shown-reading(., '')))"/>
      <!-- Without a lem, the reading the text shows stands as the lemma (unless the app is kept apart). -->
      <xsl:with-param name="readings" select="for $rdg in (tei:rdg | tei:rdgGrp/tei:rdg) except (if ($lemma or @from) then () else sg:shown-reading(., ''))
                                              return sgp:reading(sgp:reading-text($rdg), sgp:sigla($rdg), sgp:reading-kind($rdg))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Where witnesses break off or resume (an app whose readings only mark a lacuna's edges):
       the word of the text there as the lemma, then "lac." or "end of lac." with their sigla. -->
  <xsl:template match="tei:app[sgp:is-lacuna-edge(.)]" mode="sg:apparatus-entry">
    <xsl:call-template name="sgp:entry">
      <xsl:with-param name="kind" select="'var'"/>
      <xsl:with-param name="lemma" select="sgp:reading(sgp:word-at(.), ())"/>
      <xsl:with-param name="readings" select="for $rdg in (tei:lem | tei:rdg | tei:rdgGrp/tei:rdg) return sgp:reading('', sgp:sigla($rdg), sgp:reading-kind($rdg))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="sgp:is-lacuna-edge" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="readings" select="$app/(tei:lem | tei:rdg | tei:rdgGrp/tei:rdg)"/>
    <xsl:sequence select="exists($readings) and (every $r in $readings satisfies sgp:reading-kind($r) = ('lac', 'lac-end'))"/>
  </xsl:function>

  <!-- The word of the edited text where an app without words of its own stands: the next one, else the one before. -->
  <xsl:function name="sgp:word-at" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="text" select="($app/following::text() | $app/preceding::text())[normalize-space()][empty(ancestor::tei:note | ancestor::tei:rdg | ancestor::tei:teiHeader)]"/>
    <xsl:sequence select="string((tokenize(normalize-space(($text[. &gt;&gt; $app])[1])), reverse(tokenize(normalize-space(($text[. &lt;&lt; $app])[last()]))))[1])"/>
  </xsl:function>

  <xsl:template name="sgp:entry">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="lemma" as="map(*)"/>
    <xsl:param name="readings" as="map(*)*" select="()"/>
    <xsl:variable name="anchor" select="sg:entry-anchor(.)"/>
    <xsl:variable name="place" select="sg:place($anchor)"/>
    <sg:entry id="{sg:entry-id(.)}" kind="{$kind}" anchor-id="{if ($anchor is . and not(sg:is-kept-apart(.))) then sg:entry-id(.)
                                  else ($anchor[not(sg:is-kept-apart(.) or ancestor::tei:app[sg:is-kept-apart(.)])] ! sg:own-id(.), sg:place-id($place), 'text')[1]}"
              place="{if ($place) then sg:place-label($place) else string(@loc)}" place-id="{sg:place-id($place)}">
      <xsl:for-each select="sg:synopsis-row($anchor)"><xsl:attribute name="synopsis-row" select="sg:synopsis-row-id(.)"/></xsl:for-each>
      <xsl:call-template name="sgp:entry-segments">
        <xsl:with-param name="kind" select="$kind"/>
        <xsl:with-param name="lemma" select="$lemma"/>
        <xsl:with-param name="readings" select="if ($apparatus = 'negative') then $readings[?sigla != '' or ?kind = 'om'] else $readings"/>
      </xsl:call-template>
    </sg:entry>
  </xsl:template>

  <!--
    The lemma of an intervention that is part of a word, as the word stands in the text
    (p<supplied>arte</supplied> gives "p[arte]", <unclear>ver</unclear>ba gives "verba"): a
    reader looks the lemma up in the line, where it is one word. $marks are the brackets the text
    shows around the part; a lemma that is the part alone needs none, the entry says what it is.
  -->
  <xsl:function name="sgp:in-word" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:param name="shown" as="xs:string"/>
    <xsl:param name="marks" as="xs:string*"/>
    <xsl:variable name="words" select="normalize-space($part)"/>
    <xsl:variable name="before" select="if (matches($words, '^\p{L}')) then
        $part/preceding-sibling::node()[1][self::text()] ! tokenize(., '[^\p{L}\p{M}]')[last()] else ()"/>
    <xsl:variable name="after" select="if (matches($words, '[\p{L}\p{M}]$')) then
        $part/following-sibling::node()[1][self::text()] ! tokenize(., '[^\p{L}\p{M}]')[1] else ()"/>
    <xsl:sequence select="if (string-join(($before, $after)) = '') then $shown
                          else string-join(($before, $marks[1], $shown, $marks[2], $after))"/>
  </xsl:function>

  <xsl:function name="sgp:in-word" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:param name="shown" as="xs:string"/>
    <xsl:sequence select="sgp:in-word($part, $shown, ())"/>
  </xsl:function>

  <!-- A lemma or a reading, as the entry's segments need it: its words, sigla and kind
       ("om", "lac", "lac-end", "add", "del" or ""). Maps rather than elements: each element made apart would
       be a tree of its own, and an apparatus has tens of thousands of them. -->
  <xsl:function name="sgp:reading" as="map(*)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="sigla" as="xs:string?"/>
    <xsl:sequence select="sgp:reading($text, $sigla, '')"/>
  </xsl:function>

  <xsl:function name="sgp:reading" as="map(*)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="sigla" as="xs:string?"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map{'text': $text, 'sigla': string($sigla), 'kind': $kind}"/>
  </xsl:function>

  <!-- The sigla of a reading: its witnesses (their @n, else their id), then whoever is responsible. -->
  <xsl:function name="sgp:sigla" as="xs:string">
    <xsl:param name="reading" as="element()?"/>
    <xsl:sequence select="string-join((for $w in sg:targets($reading/@wit) return string(($w/@n, $w/@xml:id)[1]),
                                       sg:local-ids($reading/@wit)[empty(key('sg:id', ., root($reading)))],
                                       sg:agent-label($reading/@resp)), ' ')"/>
  </xsl:function>

  <xsl:function name="sgp:reading-kind" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="wordless" select="normalize-space(sg:plain($reading/node())) = '' and empty($reading/tei:del)"/>
    <xsl:sequence select="if ($wordless and $reading/(tei:lacunaStart | tei:witEnd)) then 'lac'
                          else if ($wordless and $reading/(tei:lacunaEnd | tei:witStart)) then 'lac-end'
                          else if ($wordless) then 'om'
                          else if ($reading/parent::tei:app/@type = 'transposition') then 'transp'
                          else if ($reading/tei:add and normalize-space(string-join($reading/text())) = '') then 'add'
                          else if ($reading/tei:del and normalize-space(string-join($reading/text())) = '') then 'del'
                          else ''"/>
  </xsl:function>

  <!-- A reading's words; a reading that only deletes shows what it deletes. -->
  <xsl:function name="sgp:reading-text" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="words" select="sg:plain($reading/node())"/>
    <xsl:sequence select="if ($words = '' and $reading/tei:del) then normalize-space(string-join($reading/tei:del)) else $words"/>
  </xsl:function>

  <!-- The lemma of a double end-point app without <lem>: the text between its two anchors. -->
  <xsl:function name="sgp:text-between" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="from" select="sg:targets($app/@from)[1]"/>
    <xsl:variable name="to" select="(sg:targets($app/@to)[1], $from)[1]"/>
    <xsl:sequence select="normalize-space(string-join($from/following::text()[. &lt;&lt; $to][empty(ancestor::tei:note)]))"/>
  </xsl:function>

  <!-- The siglum of the printed source, when the edition has one source rather than a listWit. -->
  <xsl:variable name="sg:source-siglum" as="xs:string"
      select="string((/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:msDesc)/@n, sg:label('source'))[1])"/>

  <!-- Who the sigla of editors stand for, for the list above the apparatus. -->
  <xsl:variable name="sg:responsible" as="element(sg:witness)*">
    <xsl:for-each-group select="/tei:TEI/(tei:text | tei:standOff)//@resp" group-by="sg:local-ids(.)">
      <xsl:for-each select="key('sg:id', current-grouping-key(), root(current-group()[1]))[1]">
        <sg:witness siglum="{(@n, @xml:id)[1]}"><xsl:value-of select="normalize-space(.)"/></sg:witness>
      </xsl:for-each>
    </xsl:for-each-group>
  </xsl:variable>
</xsl:stylesheet>
