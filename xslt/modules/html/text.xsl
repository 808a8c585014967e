<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode html: the reading text of an edition as HTML. Prose, verse, drama and letters;
  names link to their index entries; interventions carry a mark that links to the
  apparatus. The tunnel parameter $shown says which reading the page shows.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:mode name="html" on-no-match="text-only-copy"/>
  <!-- Mode html-links-after-name: the note calls and apparatus marks of what a name link holds,
       set after the link, since a link may not hold another. -->
  <xsl:mode name="html-links-after-name" on-no-match="shallow-skip"/>
  <!-- Mode html-label: a list item's label, set inside the item it labels. -->
  <xsl:mode name="html-label" on-no-match="shallow-skip"/>

  <!-- Anything this module names no template for, by its kind (modules/common/element-kinds.xsl):
       silent, a block, or its words in the line; a name that is not TEI also warns. -->
  <xsl:template match="*" mode="html" priority="-1">
    <xsl:variable name="kind" select="sg:element-kind(.)"/>
    <xsl:choose>
      <xsl:when test="$kind = 'silent'">
        <xsl:apply-templates select="sg:places-in(.)" mode="html-calls"/>
      </xsl:when>
      <xsl:when test="$kind = 'block' and not(sg:in-line(.))">
        <div class="tei-{local-name()}"><xsl:apply-templates mode="#current"/></div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$kind = 'unknown'"><xsl:call-template name="sg:warn-unhandled"/></xsl:if>
        <span class="tei-{local-name()}"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A TEI example is its markup, shown as code (a block by its style, and valid where a phrase is). -->
  <xsl:template match="eg:egXML" mode="html">
    <code class="egXML"><xsl:value-of select="string-join(sg:example-lines(.), '&#10;')"/></code>
  </xsl:template>

  <!-- MathML passes into the page, which browsers draw; of its attributes, none that could be a link or a script. -->
  <xsl:template match="m:math" mode="html">
    <xsl:apply-templates select="." mode="html-math"/>
  </xsl:template>
  <xsl:mode name="html-math" on-no-match="shallow-skip"/>
  <xsl:template match="m:*" mode="html-math">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:copy-of select="@*[namespace-uri() = ''][not(local-name() = ('href', 'style', 'src') or starts-with(lower-case(local-name()), 'on'))]"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="text()" mode="html-math">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="text()" mode="html">
    <xsl:value-of select="sg:typography(if (sg:is-unclear-text(.)) then sg:unclear-letters(.) else .)"/>
  </xsl:template>
  <!-- Whitespace alone (the source's indentation, most text nodes of verse and drama) has no
       letters to mark and no punctuation to space: written as it is, it costs a fifth less of the
       web view of a play than through the two functions above. -->
  <xsl:template match="text()[not(normalize-space())]" mode="html">
    <xsl:value-of select="."/>
  </xsl:template>
  <!-- The words the other witnesses share, where the witness shown is in a lacuna: it has none of them. -->
  <xsl:template match="text()[exists($sgp:lacuna-marks)][empty(ancestor::tei:note)]" mode="html" priority="1">
    <xsl:param name="shown-witness" as="xs:string" tunnel="yes" select="$witness"/>
    <xsl:if test="not(sg:lacunose(., $shown-witness))">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

  <!-- Metadata and furniture of the page that are not part of the reading text. -->
  <xsl:template match="tei:fw | tei:milestone | tei:cb | tei:figDesc | tei:witDetail | tei:interp | tei:interpGrp | tei:link | tei:linkGrp" mode="html">
    <xsl:apply-templates select="sg:places-in(.)" mode="html-calls"/>
  </xsl:template>

  <!-- Structure -->
  <xsl:template match="tei:text | tei:group | tei:front | tei:body" mode="html">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:back" mode="html">
    <xsl:apply-templates select="*[not(sgp:holds-only-separate-notes(.))]" mode="#current"/>
  </xsl:template>

  <xsl:function name="sgp:holds-only-separate-notes" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/tei:note) and (every $n in $element//tei:note satisfies exists($n/@target))
                          and empty($element/*[not(self::tei:note or self::tei:head)])"/>
  </xsl:function>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:titlePage | tei:postscript" mode="html">
    <section class="div {@type}">
      <xsl:if test="exists(sg:own-id(.))"><xsl:attribute name="id" select="sg:own-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head" mode="html">
    <!-- The page's h1 is the title and its sections are h2, so the text's divisions start at h3. -->
    <xsl:variable name="depth" select="count(ancestor::*[self::tei:div or starts-with(local-name(), 'div') or self::tei:lg or self::tei:list or self::tei:table or self::tei:figure])"/>
    <xsl:choose>
      <xsl:when test="parent::tei:lg or parent::tei:list or parent::tei:table or parent::tei:figure or parent::tei:sp">
        <div class="head"><xsl:apply-templates mode="#current"/></div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="h{min((6, $depth + 2))}">
          <xsl:attribute name="class" select="'head'"/>
          <xsl:apply-templates mode="#current"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="html">
    <xsl:variable name="number" select="sg:paragraph-number(.)"/>
    <xsl:choose>
      <xsl:when test="exists($number)">
        <!-- HTML's <p> may not hold a list, a table or verse: a paragraph of TEI that does becomes a <div>. -->
        <xsl:variable name="id" select="sg:paragraph-id(.)"/>
        <xsl:element name="{if (sgp:holds-blocks(.)) then 'div' else 'p'}">
          <xsl:attribute name="id" select="$id"/>
          <xsl:attribute name="class" select="'p'"/>
          <a class="pnum" href="#{$id}" aria-label="{sg:label('paragraph')} {$number}"><xsl:value-of select="$number"/></a>
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="#current"/>
          <xsl:call-template name="sgp:located-marks"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <div class="p"><xsl:apply-templates mode="#current"/></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="sgp:holds-blocks" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element//*[self::tei:list or self::tei:table or self::tei:lg or self::tei:l or self::tei:p or self::tei:ab
                          or self::tei:sp or self::tei:figure or self::tei:castList or self::tei:listBibl or self::tei:floatingText
                          or self::tei:quote[tei:p | tei:l | tei:lg] or (sg:element-kind(.) = 'block' and not(sg:in-line(.)))]
                          [empty(ancestor::tei:note except $element/ancestor-or-self::tei:note)])"/>
  </xsl:function>

  <!-- Verse -->
  <xsl:template match="tei:lg" mode="html">
    <div class="lg {@type}">
      <xsl:if test="exists(sg:own-id(.))"><xsl:attribute name="id" select="sg:own-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l" mode="html">
    <xsl:variable name="number" select="sg:line-number(.)"/>
    <div class="l" id="{sg:line-id(.)}">
      <xsl:if test="exists($number) and xs:integer($number) mod 5 = 0">
        <span class="lnum" aria-hidden="true"><xsl:value-of select="$number"/></span>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <!-- Drama -->
  <xsl:template match="tei:sp" mode="html">
    <div class="sp"><xsl:apply-templates mode="#current"/></div>
  </xsl:template>
  <xsl:template match="tei:speaker" mode="html">
    <div class="speaker"><xsl:apply-templates mode="#current"/></div>
  </xsl:template>
  <xsl:template match="tei:stage" mode="html">
    <xsl:element name="{if (parent::tei:p or parent::tei:l or parent::tei:speaker) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'stage'"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <!-- Lists, cast lists and tables render their items in the HTML list or table, and whatever
       else they hold (a note, a page break, a stray paragraph) after it: nothing is dropped. -->
  <xsl:template match="tei:castList" mode="html">
    <div class="castList">
      <xsl:apply-templates select="tei:head" mode="#current"/>
      <ul><xsl:apply-templates select="tei:castItem | tei:castGroup" mode="#current"/></ul>
      <xsl:apply-templates select="* except (tei:head | tei:castItem | tei:castGroup)" mode="#current"/>
    </div>
  </xsl:template>
  <xsl:template match="tei:castItem | tei:castGroup" mode="html">
    <li class="{local-name()}"><xsl:apply-templates mode="#current"/></li>
  </xsl:template>
  <xsl:template match="tei:role | tei:roleDesc | tei:actor" mode="html">
    <span class="{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- Letters -->
  <xsl:template match="tei:opener | tei:closer | tei:salute | tei:signed | tei:dateline | tei:address | tei:byline | tei:epigraph | tei:trailer | tei:argument | tei:docTitle | tei:docAuthor | tei:docImprint | tei:docDate | tei:titlePart" mode="html">
    <xsl:element name="{if (ancestor::tei:p or ancestor::tei:l or parent::tei:opener or parent::tei:closer) then 'span' else 'div'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:addrLine" mode="html">
    <span class="addrLine"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- Lists, tables, figures, block quotations -->
  <xsl:template match="tei:list" mode="html">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or @rend = ('numbered', 'ordered')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'list'"/>
      <xsl:apply-templates select="tei:item" mode="#current"/>
    </xsl:element>
    <xsl:apply-templates select="* except (tei:head | tei:item | tei:label)" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:item" mode="html">
    <li><xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]" mode="html-label"/><xsl:apply-templates mode="#current"/></li>
  </xsl:template>
  <xsl:template match="tei:label[following-sibling::*[1][self::tei:item]]" mode="html"/>
  <xsl:template match="tei:label" mode="html html-label">
    <span class="label"><xsl:apply-templates mode="html"/></span><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:table" mode="html">
    <table class="table">
      <xsl:for-each select="tei:head"><caption><xsl:apply-templates mode="#current"/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row" mode="#current"/></tbody>
    </table>
    <xsl:apply-templates select="* except (tei:head | tei:row)" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:row" mode="html">
    <tr><xsl:apply-templates select="tei:cell" mode="#current"/><xsl:if test="* except tei:cell"><td><xsl:apply-templates select="* except tei:cell" mode="#current"/></td></xsl:if></tr>
  </xsl:template>
  <xsl:template match="tei:cell" mode="html">
    <td><xsl:if test="@cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if><xsl:if test="@rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if><xsl:apply-templates mode="#current"/></td>
  </xsl:template>
  <xsl:template match="tei:figure" mode="html">
    <figure class="figure">
      <xsl:apply-templates select="* except tei:head" mode="#current"/>
      <xsl:for-each select="tei:head"><figcaption><xsl:apply-templates mode="#current"/></figcaption></xsl:for-each>
    </figure>
  </xsl:template>
  <xsl:template match="tei:graphic" mode="html">
    <xsl:variable name="url" select="sg:safe-url(@url)"/>
    <xsl:if test="exists($url)">
      <img src="{$url}" alt="{normalize-space(../tei:figDesc)}"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l] | tei:cit[tei:quote/(tei:p | tei:lg | tei:l)]" mode="html">
    <blockquote class="{local-name()}"><xsl:apply-templates mode="#current"/></blockquote>
  </xsl:template>
  <xsl:template match="tei:cit" mode="html">
    <span class="cit"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <!-- A bibliography, or the witnesses of the text, in the text's own matter: a list of entries. -->
  <xsl:template match="tei:listBibl | tei:listWit" mode="html">
    <div class="{local-name()}">
      <xsl:apply-templates select="tei:head" mode="#current"/>
      <ul class="entries">
        <xsl:for-each select="* except tei:head">
          <li class="{local-name()}"><xsl:apply-templates select="." mode="#current"/></li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>
  <xsl:template match="tei:witness" mode="html">
    <xsl:if test="@xml:id"><span class="siglum"><xsl:value-of select="(@n, @xml:id)[1]"/></span><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:bibl[ancestor::tei:text]" mode="html">
    <span class="bibl"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- Inline -->
  <xsl:template match="tei:q | tei:quote | tei:said[@direct != 'false'] | tei:soCalled" mode="html">
    <xsl:variable name="inner" select="exists(ancestor::tei:q | ancestor::tei:quote | ancestor::tei:said | ancestor::tei:soCalled)"/>
    <!-- The marks come from the messages (they differ by language); a <q> would add the browser's own. -->
    <span class="{local-name()}">
      <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-open' else 'quote-open')"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-close' else 'quote-close')"/>
    </span>
  </xsl:template>
  <xsl:template match="tei:said" mode="html">
    <span class="said"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:hi" mode="html">
    <xsl:variable name="rend" select="tokenize(lower-case(string(@rend)), '\s+')"/>
    <xsl:choose>
      <xsl:when test="$rend = ('sup', 'superscript')"><sup><xsl:apply-templates mode="#current"/></sup></xsl:when>
      <xsl:when test="$rend = ('sub', 'subscript')"><sub><xsl:apply-templates mode="#current"/></sub></xsl:when>
      <xsl:when test="$rend = ('bold', 'b')"><b><xsl:apply-templates mode="#current"/></b></xsl:when>
      <xsl:when test="$rend = ('italic', 'italics', 'i')"><i><xsl:apply-templates mode="#current"/></i></xsl:when>
      <xsl:otherwise>
        <span class="hi {string-join($rend[matches(., '^[a-z-]+$')], ' ')}"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:emph" mode="html"><em><xsl:apply-templates mode="#current"/></em></xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:gloss" mode="html">
    <i class="{local-name()}"><xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if><xsl:apply-templates mode="#current"/></i>
  </xsl:template>
  <xsl:template match="tei:title[not(@ref or @key)]" mode="html"><cite><xsl:apply-templates mode="#current"/></cite></xsl:template>
  <xsl:template match="tei:num | tei:measure | tei:seg | tei:s | tei:w | tei:c | tei:pc | tei:distinct | tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:orgName[not(@ref or @key)] | tei:persName[not(@ref or @key)] | tei:placeName[not(@ref or @key)] | tei:name[not(@ref or @key)] | tei:rs[not(@ref or @key)] | tei:geogName | tei:settlement | tei:country | tei:region | tei:district | tei:bloc | tei:time[not(@when)] | tei:date[not(@when)] | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:idno" mode="html">
    <span class="{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template match="tei:date[@when] | tei:time[@when]" mode="html">
    <time class="{local-name()}" datetime="{@when}"><xsl:apply-templates mode="#current"/></time>
  </xsl:template>
  <xsl:template match="tei:lb" mode="html">
    <xsl:if test="@break = 'no'"><span class="hyphen" aria-hidden="true">-</span></xsl:if>
    <br/>
    <xsl:call-template name="sgp:located-marks"/>
  </xsl:template>
  <!-- A page break of one witness (@ed) shows only where that witness's readings are shown, or all are. -->
  <xsl:template match="tei:pb" mode="html">
    <xsl:param name="shown-witness" as="xs:string" tunnel="yes" select="$witness"/>
    <xsl:if test="@n and (empty(@ed) or $shown-witness = '' or tokenize(@ed) = $shown-witness)">
      <span class="pb" role="note" aria-label="{sg:label('page')} {@n}">[<xsl:value-of select="sg:label('page')"/>&#xA0;<xsl:value-of select="@n"/>]</span>
    </xsl:if>
  </xsl:template>

  <!-- Links taken from the source: only safe addresses become links. -->
  <xsl:template match="tei:ref | tei:ptr" mode="html">
    <xsl:variable name="url" select="sg:safe-url(@target)"/>
    <xsl:choose>
      <xsl:when test="exists($url) and not(sgp:in-link(.))">
        <a class="{local-name()}" href="{$url}"><xsl:apply-templates mode="#current"/><xsl:if test="self::tei:ptr"><xsl:value-of select="$url"/></xsl:if></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names link to their index entry; what would be a link inside the name follows it. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name | tei:title)[@ref or @key]" mode="html">
    <xsl:variable name="entry" select="sg:index-entry(.)"/>
    <xsl:choose>
      <xsl:when test="exists($entry) and not(sgp:in-link(.))">
        <a class="name {local-name()}" href="#{$entry/@xml:id}">
          <!-- A name in no numbered paragraph, line or note is its own place in the index. -->
          <xsl:if test="sg:is-own-place(.)"><xsl:attribute name="id" select="sg:mention-id(.)"/></xsl:if>
          <xsl:apply-templates mode="#current"/>
        </a>
        <xsl:apply-templates select=".//*[self::tei:anchor or self::tei:note[sg:is-inline-note(.)] or sg:is-intervention(.)]" mode="html-links-after-name"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="name {local-name()}"><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether a node sits inside something rendered as a link, where no other link may go. -->
  <xsl:function name="sgp:in-link" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::*[((self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name or self::tei:title) and @ref and exists(sg:index-entry(.)))
                          or self::tei:ref[exists(sg:safe-url(@target))]])"/>
  </xsl:function>

  <!-- Anchors in the text: their id, for apparatus kept apart, and the calls of notes pointing at them. -->
  <xsl:template match="tei:anchor" mode="html">
    <xsl:if test="exists(sg:own-id(.))"><span id="{sg:own-id(.)}"></span></xsl:if>
    <xsl:if test="not(sgp:in-link(.))">
      <xsl:call-template name="sg:note-calls"/>
      <!-- The entries kept apart that end here (double end-point attachment): a mark leads to each, as for those in the text. -->
      <xsl:for-each select="key('sgp:apps-ending-at', @xml:id)/descendant-or-self::*[sg:is-intervention(.)]">
        <xsl:call-template name="sgp:apparatus-link"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
  <xsl:key name="sgp:apps-ending-at" match="tei:app[@from]" use="substring-after(normalize-space((@to, @from)[1]), '#')"/>
  <xsl:template match="tei:anchor" mode="html-links-after-name">
    <xsl:call-template name="sg:note-calls"/>
  </xsl:template>

  <!-- Editorial interventions: the reading the page shows, and a mark leading to the apparatus. -->
  <xsl:template match="tei:choice" mode="html">
    <xsl:param name="shown" as="xs:string" tunnel="yes" select="$reading"/>
    <xsl:variable name="child" select="sg:shown(., $shown)"/>
    <span class="choice {local-name($child)}" id="{sg:entry-id(.)}">
      <xsl:apply-templates select="$child/node()" mode="#current"/>
      <xsl:apply-templates select="sg:places-in(* except $child)" mode="html-calls"/>
    </span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <!-- $shown-witness: the witness whose readings the page shows (a column of the synopsis, say). -->
  <xsl:template match="tei:app" mode="html">
    <xsl:param name="shown" as="xs:string" tunnel="yes" select="$reading"/>
    <xsl:param name="shown-witness" as="xs:string" tunnel="yes" select="$witness"/>
    <xsl:if test="not(sg:is-kept-apart(.))">
      <span class="app" id="{sg:entry-id(.)}">
        <xsl:apply-templates select="sg:shown-reading(., $shown-witness)/node()" mode="#current"/>
        <xsl:apply-templates select="sg:places-in(* except sg:shown-reading(., $shown-witness))" mode="html-calls"/>
      </span>
      <xsl:call-template name="sg:apparatus-mark"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="html">
    <span class="supplied">
      <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
      <span class="bracket"><xsl:value-of select="sg:supplied-brackets(.)[1]"/></span><xsl:apply-templates mode="#current"/><span class="bracket"><xsl:value-of select="sg:supplied-brackets(.)[2]"/></span>
    </span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <xsl:template match="tei:add | tei:subst" mode="html">
    <span class="{local-name()}">
      <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <xsl:template match="tei:del" mode="html">
    <xsl:param name="shown" as="xs:string" tunnel="yes" select="$reading"/>
    <xsl:if test="sg:shows-deletions($shown)">
      <del>
        <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
        <xsl:apply-templates mode="#current"/>
      </del>
    </xsl:if>
    <xsl:if test="not(sg:shows-deletions($shown))">
      <xsl:if test="sg:is-intervention(.)"><span id="{sg:entry-id(.)}"></span></xsl:if>
      <xsl:apply-templates select="sg:places-in(node())" mode="html-calls"/>
    </xsl:if>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="html">
    <span class="gap" id="{sg:entry-id(.)}"><xsl:value-of select="sg:gap-text(.)"/></span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <xsl:template match="tei:unclear | tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:damage | tei:restore | tei:surplus | tei:secl" mode="html">
    <span class="{local-name()}">
      <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:call-template name="sg:apparatus-mark"/>
  </xsl:template>

  <!-- Leiden conventions (modules/common/leiden.xsl). -->
  <xsl:template match="tei:ex" mode="html">
    <span class="ex">(<xsl:apply-templates mode="#current"/>)</span>
  </xsl:template>
  <xsl:template match="tei:am" mode="html">
    <xsl:param name="shown" as="xs:string" tunnel="yes" select="$reading"/>
    <xsl:if test="sg:shows-abbreviation-marks($shown)"><span class="am"><xsl:apply-templates mode="#current"/></span></xsl:if>
  </xsl:template>
  <xsl:template match="tei:g" mode="html">
    <span class="g"><xsl:value-of select="sg:glyph-text(.)"/></span>
  </xsl:template>
  <xsl:template match="tei:space" mode="html">
    <span class="space"><xsl:value-of select="sg:space-text(.)"/></span>
  </xsl:template>

  <!-- The entries kept apart that name their place by @loc alone (a paragraph, or a line by its number):
       a mark where that place is (at the end of the paragraph, after the line's break) leads to each. -->
  <xsl:variable name="sgp:located-apps" as="element(tei:app)*" select="/tei:TEI/(tei:text | tei:standOff)//tei:app[@loc][empty(@from)][sg:is-kept-apart(.)]"/>
  <xsl:template name="sgp:located-marks">
    <xsl:variable name="place" select="."/>
    <xsl:if test="exists($sgp:located-apps) and not(sgp:in-link(.))">
      <!-- The interventions inside those entries' readings (an unclear letter) stand where the entry does. -->
      <xsl:for-each select="$sgp:located-apps[sg:entry-anchor(.) is $place]/descendant-or-self::*[sg:is-intervention(.)]">
        <xsl:call-template name="sgp:apparatus-link"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The small mark after an intervention, a link to its apparatus entry (not inside another link). -->
  <xsl:template name="sg:apparatus-mark">
    <xsl:if test="sg:is-intervention(.) and not(sgp:in-link(.))">
      <xsl:call-template name="sgp:apparatus-link"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="html-links-after-name">
    <xsl:call-template name="sgp:apparatus-link"/>
  </xsl:template>
  <xsl:template match="tei:note" mode="html-links-after-name">
    <xsl:call-template name="sg:note-call"/>
  </xsl:template>
  <xsl:template name="sgp:apparatus-link">
    <a class="app-mark" href="{$apparatus-page}#{sg:entry-id(.)}" aria-label="{sg:label('apparatus-entry')}">°</a>
  </xsl:template>
</xsl:stylesheet>
