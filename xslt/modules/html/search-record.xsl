<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search records of an edition: small HTML files that Pagefind indexes (sigla build runs it
  over every edition of the output folder) and readers never open. One record per scope a
  reader can search:
  - text:      the edited reading and the notes, as the web edition shows them;
  - source:    the source's reading (sic, orig, abbr), as source.html shows it;
  - witnesses: the readings of the apparatus, each with its sigla;
  - names:     the persons, places, organisations and works named, by their index entry's name.
  Text and source are read off the rendered pages, so that what is found is what a reader sees.

  Every numbered place (paragraph, verse line, note) starts with an empty marker whose id is
  "target#label": the id of the place in the web edition and how the apparatus cites it
  (encoded as in an address: "l-12#v.%C2%A012").
  Pagefind keeps where each id stands among the words, and the search page turns a match into
  a link to its place. The header gives the filters: edition, scope, author, year, genre,
  language, sender, addressee.

  Words are folded as the search page folds what a reader types: compatibility forms to their
  plain letters (ſ is s, ﬁ is fi) and the ligatures œ and æ to two letters. Pagefind itself
  ignores case and accents, Greek breathings included.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- The folder of the edition's search records; empty for none (a view rendered alone has no index to join). -->
  <xsl:param name="search-records" as="xs:string" select="''"/>

  <xsl:output name="search-record" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The language the text is written in, as Pagefind's stemmers name languages: its primary
       subtag. An inscription's is its edition division's (EpiDoc), whose header is often in English. -->
  <xsl:variable name="sg:text-language" as="xs:string"
      select="((/tei:TEI/tei:text/@xml:lang, /tei:TEI/tei:text/tei:body/@xml:lang, /tei:TEI/tei:text/tei:body/tei:div[@type = 'edition']/@xml:lang,
                /tei:TEI/@xml:lang, /tei:TEI/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident)
               ! lower-case(tokenize(., '-')[1])[matches(., '^[a-z]{2,3}$')] ! ($sgp:two-letter-codes(.), .)[1], 'unknown')[1]"/>
  <!-- The three-letter codes (ISO 639-2) of languages that have two-letter ones, which Pagefind and HTML know them by. -->
  <xsl:variable name="sgp:two-letter-codes" as="map(xs:string, xs:string)"
      select="map{'ger': 'de', 'deu': 'de', 'fre': 'fr', 'fra': 'fr', 'eng': 'en', 'lat': 'la', 'ita': 'it', 'spa': 'es',
                  'gre': 'el', 'ell': 'el', 'por': 'pt', 'dut': 'nl', 'nld': 'nl', 'rus': 'ru', 'heb': 'he', 'ara': 'ar',
                  'pol': 'pl', 'cze': 'cs', 'ces': 'cs', 'dan': 'da', 'swe': 'sv', 'nor': 'no', 'fin': 'fi', 'hun': 'hu'}"/>

  <!-- Each numbered place's label, by the id the web edition gives it; and its rank in reading order (the text, then the notes). -->
  <xsl:variable name="sgp:places" as="element()*" select="$sgp:paragraphs | $sgp:lines, $sg:notes"/>
  <xsl:variable name="sgp:place-labels" as="map(xs:string, xs:string)"
      select="map:merge($sgp:places ! map:entry(sg:place-id(.), sg:place-label(.)), map{'duplicates': 'use-first'})"/>
  <xsl:variable name="sgp:place-ranks" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($sgp:places) return map:entry(sg:place-id($sgp:places[$i]), $i), map{'duplicates': 'use-first'})"/>

  <!-- A rendered page of the edition, and the record of its reading beside it: 'text' for the
       edited page, 'source' for the source's. -->
  <xsl:template name="sg:page-and-record">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="shown" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$search-records = ''">
        <xsl:result-document href="{$href}" format="html">
          <xsl:call-template name="sg:edition-page">
            <xsl:with-param name="shown" select="$shown"/>
          </xsl:call-template>
        </xsl:result-document>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="page" as="document-node()">
          <xsl:document>
            <xsl:call-template name="sg:edition-page">
              <xsl:with-param name="shown" select="$shown"/>
            </xsl:call-template>
          </xsl:document>
        </xsl:variable>
        <xsl:result-document href="{$href}" format="html">
          <xsl:sequence select="$page"/>
        </xsl:result-document>
        <xsl:call-template name="sgp:record">
          <xsl:with-param name="scope" select="if ($shown = 'edited') then 'text' else 'source'"/>
          <xsl:with-param name="page" select="$href"/>
          <xsl:with-param name="content">
            <xsl:apply-templates select="$page//section[@id = 'text'], $page//section[tokenize(@class) = 'notes']" mode="sg:search-record"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The records that come from the edition's data rather than a page: witnesses and names. -->
  <xsl:template name="sg:data-records">
    <xsl:if test="$search-records != ''">
      <xsl:variable name="variants" select="$sg:entries[sg:seg/@role = 'reading']"/>
      <xsl:if test="exists($variants)">
        <xsl:call-template name="sgp:record">
          <xsl:with-param name="scope" select="'witnesses'"/>
          <xsl:with-param name="page" select="$edited-page"/>
          <xsl:with-param name="content">
            <xsl:for-each select="$variants">
              <xsl:call-template name="sgp:marker">
                <xsl:with-param name="id" select="(@place-id[. != ''], @anchor-id)[1]"/>
                <xsl:with-param name="label" select="@place"/>
              </xsl:call-template>
              <xsl:for-each select="sg:seg[@role = 'reading']">
                <xsl:value-of select="sgp:fold(.)"/>
                <xsl:for-each select="following-sibling::sg:seg[1][@role = 'sigla'][. != '']"> (<xsl:value-of select="."/>)</xsl:for-each>
                <xsl:text> · </xsl:text>
              </xsl:for-each>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <!-- The places of the record of what the edition names, each with its entry's name. -->
      <xsl:variable name="named" select="$sg:mentions/entry/place"/>
      <xsl:if test="exists($named)">
        <xsl:call-template name="sgp:record">
          <xsl:with-param name="scope" select="'names'"/>
          <xsl:with-param name="page" select="$edited-page"/>
          <xsl:with-param name="content">
            <xsl:for-each-group select="$named" group-by="substring-after(@href, '#')">
              <xsl:sort select="($sgp:place-ranks(current-grouping-key()), 1000000000)[1]"/>
              <xsl:call-template name="sgp:marker">
                <xsl:with-param name="id" select="current-grouping-key()"/>
                <xsl:with-param name="label" select="@label"/>
              </xsl:call-template>
              <xsl:value-of select="sgp:fold(string-join(distinct-values(current-group()/../data/span[@class = 'index-name']), ' · ')) || ' · '"/>
            </xsl:for-each-group>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- One record: its scope's words, and the edition's title and filters on an empty element
       (Pagefind reads them from attributes, so that they are not words of the text). -->
  <xsl:template name="sgp:record">
    <xsl:param name="scope" as="xs:string"/>
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:result-document href="{$search-records}/{$scope}.{$sg:text-language}.html" format="search-record">
      <html lang="{$sg:text-language}">
        <head>
          <meta charset="UTF-8"/>
          <meta name="robots" content="noindex"/>
          <title><xsl:value-of select="sgp:record-title()"/></title>
        </head>
        <body data-pagefind-body="">
          <span data-pagefind-meta="title[data-title], author[data-author], date[data-date], page[data-page]"
                data-pagefind-filter="edition[data-edition], scope[data-scope], language[data-language]"
                data-title="{sgp:record-title()}" data-author="{$sgp:authors}" data-date="{sgp:date-label($sgp:text-date)}"
                data-page="{$page}" data-edition="{$edition-name}" data-scope="{$scope}" data-language="{$sg:text-language}"/>
          <xsl:for-each select="$sgp:filter-values">
            <span data-pagefind-filter="{?filter}[data-value]" data-value="{?value}"/>
          </xsl:for-each>
          <div><xsl:sequence select="$content"/></div>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="sgp:marker">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <!-- Pagefind keeps an id up to its first space: the label is written as in an address, %20 and all. -->
    <span id="{$id}#{encode-for-uri($label)}"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!--
    Mode sg:search-record: a rendered page's reading as words, with a marker where each
    numbered place starts. What a reader sees and does not read as the text is left out: the
    paragraph and line numbers, note calls and their way back, apparatus marks, page breaks;
    so are the brackets of the Leiden conventions, which would cut a word in two.
  -->
  <xsl:mode name="sg:search-record" on-no-match="shallow-skip"/>

  <xsl:template match="text()" mode="sg:search-record">
    <xsl:value-of select="sgp:fold(.)"/>
  </xsl:template>

  <xsl:template match="*[@id][map:contains($sgp:place-labels, @id)]" mode="sg:search-record">
    <xsl:call-template name="sgp:marker">
      <xsl:with-param name="id" select="@id"/>
      <xsl:with-param name="label" select="$sgp:place-labels(@id)"/>
    </xsl:call-template>
    <xsl:apply-templates mode="sg:search-record"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="*[@aria-hidden = 'true'] | h2 | a[@class = ('pnum', 'app-mark', 'note-back')] | sup[@class = 'note-call-wrap']
                       | span[@class = ('pb', 'bracket', 'hyphen')] | script | style | button | aside" mode="sg:search-record" priority="2"/>

  <!-- Blocks end with a space, so that the last word of one never runs into the first of the next. -->
  <xsl:template match="p | div | li | h3 | h4 | h5 | h6 | dd | dt | td | th | br | section" mode="sg:search-record">
    <xsl:apply-templates mode="sg:search-record"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- What a reader's query is folded to as well (search.js folds alike). -->
  <xsl:function name="sgp:fold" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <!-- NFKC on text that has nothing to fold is a quick check; the ligatures are rare enough to be looked for. -->
    <xsl:variable name="compatible" select="normalize-unicode($text, 'NFKC')"/>
    <xsl:sequence select="if (contains($compatible, 'œ') or contains($compatible, 'æ') or contains($compatible, 'Œ') or contains($compatible, 'Æ'))
                          then replace(replace(replace(replace($compatible, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')
                          else $compatible"/>
  </xsl:function>

  <!-- The header's facts a reader filters by. -->
  <xsl:function name="sgp:record-title" as="xs:string">
    <xsl:sequence select="(sg:plain(sg:main-title($sg:file-desc))[. != ''], $edition-name)[1]"/>
  </xsl:function>
  <xsl:variable name="sgp:authors" as="xs:string"
      select="string-join($sg:file-desc/tei:titleStmt/tei:author ! normalize-space(string-join(.//text()[not(ancestor::tei:idno)], ' '))[. != ''], '; ')"/>
  <xsl:variable name="sgp:correspondence" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction"/>
  <!-- The date of the text: sent, created, or the source's; the edition's own publication last. -->
  <xsl:variable name="sgp:text-date" as="element(tei:date)?"
      select="($sgp:correspondence[@type = 'sent']/tei:date, /tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date,
               $sg:file-desc/tei:sourceDesc//tei:date, $sg:file-desc/tei:publicationStmt/tei:date)[1]"/>
  <xsl:function name="sgp:date-label" as="xs:string">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:sequence select="(normalize-space($date)[. != ''], $date/(@when, @when-iso, @notBefore, @from)[1] ! string(), '')[1]"/>
  </xsl:function>
  <xsl:variable name="sgp:year" as="xs:string?"
      select="(($sgp:text-date/(@when, @when-iso, @notBefore, @notBefore-iso, @from, @from-iso, @notAfter, @notAfter-iso, @to, @to-iso),
                string($sgp:text-date))
               ! replace(., '^\D*?(-?\d{4}).*$', '$1')[matches(., '^-?\d{4}$')])[1]"/>

  <xsl:variable name="sgp:filter-values" as="map(*)*">
    <xsl:variable name="class" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:textClass"/>
    <xsl:sequence select="
        tokenize($sgp:authors, '; ') ! map{'filter': 'author', 'value': .},
        $sgp:year ! map{'filter': 'year', 'value': .},
        distinct-values(($class//tei:term ! normalize-space(),
                         $class/tei:catRef/sg:targets(@target) ! normalize-space((tei:catDesc, .)[1])))[. != '']
          ! map{'filter': 'genre', 'value': .},
        ($sgp:correspondence[@type = 'sent']/(tei:persName | tei:orgName | tei:name) ! sgp:correspondent(.))[. != ''] ! map{'filter': 'sender', 'value': .},
        ($sgp:correspondence[@type = 'received']/(tei:persName | tei:orgName | tei:name) ! sgp:correspondent(.))[. != ''] ! map{'filter': 'addressee', 'value': .}"/>
  </xsl:variable>

  <!-- A sender or addressee as written, or, where only a pointer names them (@ref, @key), by their index entry. -->
  <xsl:function name="sgp:correspondent" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(normalize-space($name)[. != ''], sg:index-entry($name) ! sg:entry-name(.), '')[1]"/>
  </xsl:function>
</xsl:stylesheet>
