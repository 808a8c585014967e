<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode fo: the reading text as XSL-FO. Paragraph numbers stand in the margin, the
  source's page breaks are marked |2 in the line, supplied text is in brackets, and the
  reading is the one the common module chooses (edited by default).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:mode name="fo" on-no-match="text-only-copy"/>

  <!-- An element no template here names, by its kind (modules/common/element-kinds.xsl): silent (its
       calls stay), a block, or its words in the line; a name that is not TEI also warns. -->
  <xsl:template match="*" mode="fo" priority="-1">
    <xsl:variable name="kind" select="sg:element-kind(.)"/>
    <xsl:choose>
      <xsl:when test="$kind = 'silent'">
        <xsl:apply-templates select="sg:calls-in(.)" mode="fo"/>
      </xsl:when>
      <xsl:when test="$kind = 'block' and not(sg:in-line(.))">
        <fo:block space-after="0.3em"><xsl:apply-templates mode="#current"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$kind = 'unknown'"><xsl:call-template name="sg:warn-unhandled"/></xsl:if>
        <xsl:apply-templates mode="#current"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="fo">
    <xsl:value-of select="sg:typography(.)"/>
  </xsl:template>

  <xsl:template match="tei:fw | tei:milestone | tei:cb | tei:figDesc | tei:witDetail | tei:interp | tei:interpGrp | tei:link | tei:linkGrp | tei:graphic" mode="fo">
    <xsl:apply-templates select="sg:calls-in(.)" mode="fo"/>
  </xsl:template>

  <!-- Structure -->
  <xsl:template match="tei:text | tei:group | tei:front | tei:body | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5
                       | tei:titlePage | tei:postscript | tei:opener | tei:closer | tei:castList | tei:castGroup | tei:figure" mode="fo">
    <fo:block>
      <xsl:if test="exists(sg:own-id(.))"><xsl:attribute name="id" select="sg:own-id(.)"/></xsl:if>
      <xsl:if test="self::tei:closer"><xsl:attribute name="text-align" select="'end'"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:back" mode="fo">
    <xsl:apply-templates select="*[not(exists(tei:note) and (every $n in .//tei:note satisfies exists($n/@target)) and empty(*[not(self::tei:note or self::tei:head)]))]
                                 [not(self::tei:app[@from or @loc])]" mode="#current"/>
  </xsl:template>

  <xsl:template match="tei:head" mode="fo">
    <fo:block id="{sg:head-id(.)}" font-size="{if (parent::tei:lg or parent::tei:sp) then '1em' else '1.2em'}" font-style="italic"
              space-before="1.2em" space-after="0.6em" keep-with-next.within-page="always" hyphenate="false">
      <xsl:apply-templates mode="#current"/>
    </fo:block>
  </xsl:template>

  <!-- A TEI example: its markup as a listing, in the face for code, each line as written. -->
  <xsl:template match="eg:egXML" mode="fo">
    <fo:block font-family="{sg:monospace-families()}" font-size="0.85em" white-space-treatment="preserve"
              linefeed-treatment="preserve" white-space-collapse="false" wrap-option="wrap" text-align="start"
              start-indent="1.5em" space-before="0.4em" space-after="0.4em" keep-together.within-page="auto">
      <xsl:value-of select="string-join(sg:example-lines(.), '&#10;')"/>
    </fo:block>
  </xsl:template>
  <xsl:template match="m:math" mode="fo">
    <fo:inline><xsl:value-of select="sg:math-text(.)"/></fo:inline>
  </xsl:template>

  <!-- A numbered paragraph: its number in the margin beside its first line. -->
  <xsl:template match="tei:p | tei:ab" mode="fo">
    <xsl:variable name="number" select="sg:paragraph-number(.)"/>
    <xsl:choose>
      <xsl:when test="exists($number)">
        <fo:list-block id="{sg:paragraph-id(.)}" provisional-distance-between-starts="0pt" provisional-label-separation="0pt"
                       space-after="0.3em">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block start-indent="-8mm" font-size="7pt" color="#555555" text-align="start" line-height="{$font-size}"
                        padding-before="1.5pt"><xsl:value-of select="$number"/></fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block text-align="justify" text-indent="{if (preceding-sibling::*[1][self::tei:p]) then '1.2em' else '0'}">
                <xsl:apply-templates mode="#current"/>
                <xsl:call-template name="sg:fo-apparatus"/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block space-after="0.3em"><xsl:apply-templates mode="#current"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lg" mode="fo">
    <fo:block space-after="0.8em" keep-together.within-page="5"><xsl:apply-templates mode="#current"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:l" mode="fo">
    <xsl:variable name="number" select="sg:line-number(.)"/>
    <fo:block id="{sg:line-id(.)}" start-indent="1em" text-indent="-1em" text-align="start" hyphenate="false">
      <xsl:if test="exists($number) and xs:integer($number) mod 5 = 0">
        <fo:inline-container width="0pt" start-indent="0pt"><fo:block start-indent="-8mm" font-size="7pt" color="#555555"><xsl:value-of select="$number"/></fo:block></fo:inline-container>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:sp" mode="fo">
    <fo:block space-after="0.5em"><xsl:apply-templates mode="#current"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:speaker" mode="fo">
    <fo:block font-variant="small-caps" keep-with-next.within-page="always"><xsl:apply-templates mode="#current"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:stage | tei:salute | tei:signed | tei:dateline | tei:address | tei:byline | tei:epigraph | tei:trailer
                       | tei:argument | tei:docTitle | tei:docAuthor | tei:docImprint | tei:docDate | tei:castItem | tei:addrLine" mode="fo">
    <xsl:element name="{if (ancestor::tei:p or ancestor::tei:l) then 'fo:inline' else 'fo:block'}">
      <xsl:if test="self::tei:stage"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="self::tei:dateline"><xsl:attribute name="text-align" select="'end'"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:role | tei:roleDesc | tei:actor" mode="fo">
    <fo:inline><xsl:apply-templates mode="#current"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:list" mode="fo">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <fo:list-block provisional-distance-between-starts="1.2em" space-after="0.5em">
      <xsl:for-each select="tei:item">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()"><fo:block>–</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="#current"/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
    <xsl:apply-templates select="* except (tei:head | tei:item | tei:label)" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:table" mode="fo">
    <xsl:apply-templates select="tei:head" mode="#current"/>
    <fo:table table-layout="fixed" width="100%" space-after="0.5em">
      <fo:table-body>
        <xsl:for-each select="tei:row">
          <fo:table-row>
            <xsl:for-each select="tei:cell">
              <fo:table-cell padding="1pt"><fo:block><xsl:apply-templates mode="#current"/></fo:block></fo:table-cell>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
    <xsl:apply-templates select="* except (tei:head | tei:row)" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l]" mode="fo">
    <fo:block start-indent="2em" end-indent="1em" font-size="0.95em"><xsl:apply-templates mode="#current"/></fo:block>
  </xsl:template>

  <!-- Inline -->
  <xsl:template match="tei:q | tei:quote | tei:said[@direct = 'true'] | tei:soCalled" mode="fo">
    <xsl:variable name="inner" select="exists(ancestor::tei:q | ancestor::tei:quote | ancestor::tei:said[@direct = 'true'] | ancestor::tei:soCalled)"/>
    <fo:inline>
      <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-open' else 'quote-open')"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-close' else 'quote-close')"/>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:hi" mode="fo">
    <xsl:variable name="rend" select="tokenize(lower-case(string(@rend)), '\s+')"/>
    <fo:inline>
      <xsl:choose>
        <xsl:when test="$rend = ('sup', 'superscript')"><xsl:attribute name="baseline-shift" select="'super'"/><xsl:attribute name="font-size" select="'0.7em'"/></xsl:when>
        <xsl:when test="$rend = ('sub', 'subscript')"><xsl:attribute name="baseline-shift" select="'sub'"/><xsl:attribute name="font-size" select="'0.7em'"/></xsl:when>
        <xsl:when test="$rend = ('bold', 'b')"><xsl:attribute name="font-weight" select="'bold'"/></xsl:when>
        <xsl:when test="$rend = ('smallcaps', 'sc')"><xsl:attribute name="font-variant" select="'small-caps'"/></xsl:when>
        <xsl:when test="$rend = ('initial', 'dropcap')"><xsl:attribute name="font-size" select="'1.4em'"/><xsl:attribute name="font-weight" select="'bold'"/></xsl:when>
        <xsl:when test="$rend = 'underline'"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:when>
        <xsl:otherwise><xsl:attribute name="font-style" select="'italic'"/></xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates mode="#current"/>
    </fo:inline>
  </xsl:template>
  <!-- Phrase-level elements whose words are simply kept. -->
  <xsl:template match="tei:date | tei:time | tei:num | tei:measure | tei:seg | tei:s | tei:w | tei:c | tei:pc | tei:distinct | tei:roleName
                       | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:geogName | tei:settlement | tei:country
                       | tei:region | tei:district | tei:bloc | tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name | tei:author
                       | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:idno | tei:bibl | tei:cit | tei:said | tei:label" mode="fo">
    <fo:inline><xsl:apply-templates mode="#current"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned | tei:gloss | tei:title[not(@ref)]" mode="fo">
    <fo:inline font-style="italic"><xsl:apply-templates mode="#current"/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:lb" mode="fo">
    <xsl:choose>
      <xsl:when test="ancestor::tei:address or ancestor::tei:opener or ancestor::tei:closer"><fo:block/></xsl:when>
      <xsl:when test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The source's page break, marked |2 in the line. -->
  <xsl:template match="tei:pb" mode="fo">
    <xsl:if test="@n">
      <xsl:variable name="marker">
        <fo:inline color="#555555" font-size="7pt" keep-with-next.within-line="always">|<fo:inline baseline-shift="super" font-size="6pt"><xsl:value-of select="@n"/></fo:inline></fo:inline>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="ancestor::tei:p or ancestor::tei:l or ancestor::tei:note or ancestor::tei:ab"><xsl:sequence select="$marker"/></xsl:when>
        <xsl:otherwise><fo:block text-align="end"><xsl:sequence select="$marker"/></fo:block></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- Names carry an id, so that the index can cite the page where each stands. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name | tei:title)[@ref or @key]" mode="fo">
    <fo:wrapper id="{sg:mention-id(.)}">
      <xsl:if test="self::tei:title"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </fo:wrapper>
  </xsl:template>

  <!-- A pointer prints its address in angle brackets, as the text view does, apart from the word it follows. -->
  <xsl:template match="tei:ref | tei:ptr" mode="fo">
    <xsl:variable name="url" select="sg:safe-url(@target)"/>
    <xsl:choose>
      <xsl:when test="exists($url) and starts-with($url, 'http')">
        <xsl:if test="self::tei:ptr">&lt;</xsl:if>
        <fo:basic-link external-destination="url('{$url}')"><xsl:apply-templates mode="#current"/><xsl:if test="self::tei:ptr"><xsl:value-of select="$url"/></xsl:if></fo:basic-link>
        <xsl:if test="self::tei:ptr">&gt;</xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Interventions: the reading shown, with an id that the apparatus is placed by. -->
  <xsl:template match="tei:choice" mode="fo">
    <!-- What the reading hides keeps its note calls (see sg:calls-in). -->
    <fo:wrapper id="{sg:entry-id(.)}"><xsl:apply-templates select="sg:shown(., $reading)/node(), sg:calls-in(* except sg:shown(., $reading))" mode="#current"/></fo:wrapper>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="fo">
    <xsl:if test="not(sg:is-kept-apart(.))">
      <fo:wrapper id="{sg:entry-id(.)}"><xsl:apply-templates select="sg:shown-reading(., $witness)/node(), sg:calls-in(* except sg:shown-reading(., $witness))" mode="#current"/></fo:wrapper>
      <xsl:call-template name="sg:fo-apparatus"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="fo">
    <fo:inline id="{sg:entry-id(.)}"><xsl:value-of select="sg:supplied-brackets(.)[1]"/><xsl:apply-templates mode="#current"/><xsl:value-of select="sg:supplied-brackets(.)[2]"/></fo:inline>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>
  <xsl:template match="tei:del" mode="fo">
    <fo:wrapper id="{sg:entry-id(.)}">
      <xsl:if test="sg:shows-deletions($reading)"><fo:inline text-decoration="line-through"><xsl:apply-templates mode="#current"/></fo:inline></xsl:if>
      <xsl:if test="not(sg:shows-deletions($reading))"><xsl:apply-templates select="sg:calls-in(node())" mode="#current"/></xsl:if>
    </fo:wrapper>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="fo">
    <fo:inline id="{sg:entry-id(.)}"><xsl:value-of select="sg:gap-text(.)"/></fo:inline>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>
  <xsl:template match="tei:add | tei:subst | tei:unclear | tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:damage | tei:restore | tei:surplus | tei:secl" mode="fo">
    <fo:wrapper>
      <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </fo:wrapper>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>

  <!-- Leiden conventions (modules/common/leiden.xsl); unclear letters are dotted below the line
       rather than with U+0323, which the PDF standard fonts lack. -->
  <xsl:template match="tei:ex" mode="fo">(<xsl:apply-templates mode="#current"/>)</xsl:template>
  <xsl:template match="tei:am" mode="fo">
    <xsl:if test="sg:shows-abbreviation-marks($reading)"><xsl:apply-templates mode="#current"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:g" mode="fo"><xsl:value-of select="sg:glyph-text(.)"/></xsl:template>
  <xsl:template match="tei:space" mode="fo"><xsl:value-of select="sg:space-text(.)"/></xsl:template>
  <xsl:template match="tei:unclear[$sg:leiden]" mode="fo" priority="2">
    <fo:inline border-after-style="dotted" border-after-width="0.6pt">
      <xsl:if test="sg:is-intervention(.)"><xsl:attribute name="id" select="sg:entry-id(.)"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </fo:inline>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>

  <!-- A bibliography or the witnesses in the text's own matter: an entry a block. -->
  <xsl:template match="tei:listBibl/* | tei:listWit/*" mode="fo">
    <fo:block start-indent="1em" text-indent="-1em" space-after="0.2em"><xsl:apply-templates mode="#current"/></fo:block>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="fo">
    <!-- An empty fo:inline would break FOP's hyphenation; an empty fo:wrapper carries the id as well. -->
    <xsl:if test="exists(sg:own-id(.))"><fo:wrapper id="{sg:own-id(.)}"/></xsl:if>
    <xsl:for-each select="key('sgp:notes-by-target', @xml:id)[sgp:is-separate-note(.)]">
      <xsl:call-template name="sg:fo-footnote"/>
    </xsl:for-each>
    <xsl:call-template name="sg:fo-apparatus"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="fo">
    <xsl:choose>
      <xsl:when test="sg:is-inline-note(.)">
        <xsl:call-template name="sg:fo-footnote"/>
        <xsl:call-template name="sg:fo-apparatus"/>
      </xsl:when>
      <xsl:when test="sgp:is-separate-note(.)"/>
      <xsl:otherwise><fo:block font-size="0.9em"><xsl:apply-templates mode="#current"/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
