<?xml version="1.0" encoding="UTF-8"?>
<!-- The entries of the indexes (persons, places, organisations, works), for every view that prints an index. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The kinds of index, in the order the views print them. -->
  <xsl:variable name="sg:index-kinds" as="xs:string+" select="('persons', 'places', 'organisations', 'works')"/>

  <!-- The names in the text, numbered once, so that each can carry a stable id. -->
  <xsl:variable name="sgp:mentions" as="element()*"
      select="/tei:TEI/tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name or self::tei:title][@ref or @key]"/>
  <xsl:variable name="sgp:mention-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:mentions) return map:entry(generate-id($sgp:mentions[$i]), $i))"/>

  <xsl:function name="sg:mention-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="sg:made-id($name, 'name-', $sgp:mention-numbers(generate-id($name)))"/>
  </xsl:function>

  <xsl:function name="sg:index-entries" as="element()*">
    <xsl:param name="root" as="document-node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="all" select="$root/tei:TEI/(tei:teiHeader | tei:standOff | tei:text/tei:back)"/>
    <!-- An entry is known by its id: one whose id an earlier element already has cannot be linked to. -->
    <xsl:variable name="own" select="(if ($kind = 'persons') then $all//(tei:person | tei:personGrp)
        else if ($kind = 'places') then $all//tei:place
        else if ($kind = 'organisations') then $all//tei:org
        else $all//(tei:listBibl//tei:bibl | tei:listBibl//tei:biblStruct | tei:listObject//tei:object)[exists(key('sg:mentions', @xml:id, $root))])
        [exists(sg:own-id(.))]"/>
    <!-- Then the entries of the project's registers that the edition names. -->
    <xsl:sequence select="$own, $sg:register-entries[sg:entry-kind(.) = $kind]"/>
  </xsl:function>

  <!-- Which index an entry belongs to. -->
  <xsl:function name="sg:entry-kind" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if ($entry[self::tei:person or self::tei:personGrp]) then 'persons'
        else if ($entry/self::tei:place) then 'places'
        else if ($entry/self::tei:org) then 'organisations'
        else if ($entry[self::tei:bibl or self::tei:biblStruct or self::tei:object]) then 'works'
        else ()"/>
  </xsl:function>

  <!-- Where in the text a name stands, as an index cites it: its paragraph, line or note, else the name itself. -->
  <xsl:function name="sg:mention-place" as="element()">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(sg:place($name), $name)[1]"/>
  </xsl:function>

  <!-- Whether a name of the text is its own place in the index: it stands in no numbered paragraph, line or note. -->
  <xsl:function name="sg:is-own-place" as="xs:boolean">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="empty(sg:place($name)) and sgp:is-mention($name)"/>
  </xsl:function>

  <!-- Whether an element is one of the names of the text (by the numbers' map: a look-up, not a scan). -->
  <xsl:function name="sgp:is-mention" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="map:contains($sgp:mention-numbers, generate-id($element))"/>
  </xsl:function>

  <xsl:function name="sg:mention-place-id" as="xs:string">
    <xsl:param name="place" as="element()"/>
    <xsl:sequence select="if (sgp:is-mention($place)) then sg:mention-id($place) else sg:place-id($place)"/>
  </xsl:function>

  <!-- "3", "v. 12", "n. 5"; for a name in no numbered place, its first words. -->
  <xsl:function name="sg:mention-place-label" as="xs:string">
    <xsl:param name="place" as="element()"/>
    <xsl:sequence select="if (sgp:is-mention($place))
                          then (let $words := tokenize(sg:plain($place))
                                return string-join(subsequence($words, 1, 4), ' ') || (if (count($words) gt 4) then ' …' else ''))
                          else sg:place-label($place)"/>
  </xsl:function>

  <!-- Persons are sorted by surname where the entry gives one. -->
  <xsl:function name="sg:sort-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string-join((($entry/tei:persName[@type = 'sort'], $entry/tei:persName[1]/tei:surname)[1] ! sg:plain(.), sg:entry-name($entry)), ' ')"/>
  </xsl:function>

  <xsl:function name="sg:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:title | tei:objectIdentifier/tei:objectName | tei:name)"/>
    <xsl:sequence select="sg:plain(($names[@type = ('main', 'reg', 'full')], $names[not(@type = ('sort', 'variant', 'alt'))], $names, $entry)[1])"/>
  </xsl:function>


  <!-- Birth and death as a reader looks for them: "1485 Danzig – 1548 Heilsberg", from @when,
       @notBefore/@notAfter or a <date> inside, and a place inside (placeName, settlement). -->
  <xsl:function name="sg:life" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="birth" select="sgp:event($entry/tei:birth[1])"/>
    <xsl:variable name="death" select="sgp:event($entry/tei:death[1])"/>
    <xsl:variable name="floruit" select="sgp:event($entry/tei:floruit[1])"/>
    <!-- Bare years are a range (1883–1938); with places, the dash stands apart. -->
    <!-- Where only one is known, it is marked as birth (*) or death (†). -->
    <xsl:sequence select="if ($birth != '' and $death != '') then string-join(($birth, $death),
                              if (matches($birth, '^-?\d+$') and matches($death, '^-?\d+$')) then '–' else ' – ')
                          else if ($birth != '') then '* ' || $birth
                          else if ($death != '') then '† ' || $death
                          else if ($floruit != '') then 'fl. ' || $floruit else ''"/>
  </xsl:function>

  <!-- A birth, death or floruit: its year (or range of years) and its place. -->
  <xsl:function name="sgp:event" as="xs:string">
    <xsl:param name="event" as="element()?"/>
    <xsl:variable name="dated" select="($event, $event/tei:date)"/>
    <!-- The -iso attributes (att.datable.iso) say the same as the plain ones. -->
    <xsl:variable name="years" select="distinct-values(
        (($dated/(@when, @when-iso), $dated/(@from, @from-iso), $dated/(@notBefore, @notBefore-iso), $dated/(@to, @to-iso), $dated/(@notAfter, @notAfter-iso))[1],
         ($dated/(@to, @to-iso), $dated/(@notAfter, @notAfter-iso))[1]) ! sgp:year(.))"/>
    <xsl:variable name="year" select="if (exists($years)) then string-join($years, if ($event/(@from, @from-iso, tei:date/(@from, @from-iso))) then '–' else '/')
                                      else ($event/tei:date, $event/text()[normalize-space()])[1] ! normalize-space(.)"/>
    <xsl:variable name="place" select="($event//(tei:placeName | tei:settlement | tei:country | tei:region)[normalize-space()])[1]"/>
    <xsl:sequence select="string-join(($year, $place ! sg:plain(.))[. != ''], ' ')"/>
  </xsl:function>

  <xsl:function name="sgp:year" as="xs:string?">
    <xsl:param name="date" as="xs:string"/>
    <xsl:sequence select="replace($date, '^(-?\d{4}).*$', '$1')[matches(., '^-?\d{4}$')] ! replace(., '^0+(\d)', '$1')"/>
  </xsl:function>

  <!-- Authority records of an entry, as links: idno (a URI, or a GND, VIAF, Wikidata or GeoNames number) and @ref. -->
  <xsl:function name="sg:authority-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="sgp:links($entry/tei:idno | $entry/@ref | $entry/(tei:persName | tei:placeName | tei:orgName)/@ref)"/>
  </xsl:function>

  <!-- Every link an entry gives: its authority records, then the links of its notes. -->
  <xsl:function name="sg:entry-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="sgp:links(($entry/tei:idno | $entry/@ref | $entry/(tei:persName | tei:placeName | tei:orgName)/@ref,
                          $entry//tei:ptr/@target | $entry//tei:ref/@target))"/>
  </xsl:function>

  <xsl:function name="sgp:links" as="map(xs:string, xs:string)*">
    <xsl:param name="sources" as="node()*"/>
    <xsl:variable name="links" as="map(xs:string, xs:string)*">
      <xsl:for-each select="$sources">
        <xsl:variable name="value" select="normalize-space(.)"/>
        <xsl:variable name="type" select="lower-case((self::tei:idno/@type, '')[1])"/>
        <xsl:variable name="number" select="replace($value, '^' || $type || '[-:_]', '', 'i')"/>
        <xsl:variable name="url" select="if (matches($value, '^https?://')) then $value
            else if ($type = 'gnd') then 'https://d-nb.info/gnd/' || $number
            else if ($type = 'viaf') then 'https://viaf.org/viaf/' || $number
            else if ($type = 'wikidata' and matches($number, '^Q\d+$')) then 'https://www.wikidata.org/wiki/' || $number
            else if ($type = 'geonames' and matches($number, '^\d+$')) then 'https://www.geonames.org/' || $number
            else ()"/>
        <xsl:if test="exists(sg:safe-url($url))">
          <xsl:sequence select="map{'url': sg:safe-url($url), 'label': sgp:authority($url)}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each-group select="$links" group-by="?url">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- What a reader calls an authority: its name where it is a known one, else the address's host. -->
  <xsl:function name="sgp:authority" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="host" select="replace($url, '^[a-z]+://(www\.)?([^/]+).*$', '$2', 'i')"/>
    <xsl:sequence select="if (matches($host, 'd-nb\.info|dnb\.de')) then 'GND'
        else if (contains($host, 'viaf.org')) then 'VIAF'
        else if (contains($host, 'wikidata.org')) then 'Wikidata'
        else if (contains($host, 'geonames.org')) then 'GeoNames'
        else if (contains($host, 'wikipedia.org')) then 'Wikipedia'
        else sgp:link-label($url)"/>
  </xsl:function>

  <!-- A readable label for an external link: the host and the last part of the path. -->
  <xsl:function name="sgp:link-label" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="host" select="replace($url, '^[a-z]+://([^/]+).*$', '$1', 'i')"/>
    <xsl:variable name="last" select="tokenize(replace($url, '[?#].*$', ''), '/')[. != ''][last()]"/>
    <xsl:sequence select="if ($host = $url) then $url else $host || ' (' || $last || ')'"/>
  </xsl:function>


  <!-- The entry's description in the reader's language where it has several: its notes, desc and occupations. -->
  <xsl:function name="sg:entry-descriptions" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="notes" select="$entry/(tei:note | tei:desc)"/>
    <xsl:variable name="in-lang" select="$notes[lang($lang)]"/>
    <xsl:sequence select="if (count(distinct-values($notes/@xml:lang)) gt 1)
                          then (if (exists($in-lang)) then $in-lang else $notes[@xml:lang = $notes[1]/@xml:lang])
                          else $notes"/>
  </xsl:function>
</xsl:stylesheet>
