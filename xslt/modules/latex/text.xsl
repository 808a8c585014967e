<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode latex: the reading text in reledmac's numbered sections. Each paragraph is a
  \pstart … \pend (its lines numbered in the margin); verse is set line by line; a speaker
  and a stage direction stand on their own; the source's page breaks are marked | in the
  line and their number in the margin; notes are familiar footnotes (\footnoteA) numbered
  as on the web; interventions and variants go to series A (apparatus.xsl). Everything the
  source says reaches TeX through sg:tex.
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

  <xsl:mode name="latex" on-no-match="shallow-skip"/>
  <!-- Mode latex-inline: the words of a paragraph or a line, as TeX. -->
  <xsl:mode name="latex-inline" on-no-match="shallow-skip"/>

  <xsl:template match="text()" mode="latex-inline">
    <xsl:value-of select="sg:tex(sg:typography(.))"/>
  </xsl:template>

  <!-- Blocks. -->
  <xsl:template match="tei:text | tei:group | tei:front | tei:body | tei:back | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5
                       | tei:lg | tei:sp | tei:castList | tei:opener | tei:closer | tei:titlePage | tei:listBibl | tei:figure" mode="latex">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:back/*[self::tei:div][tei:note and (every $n in .//tei:note satisfies $n/@target) and empty(* except (tei:note | tei:head))]" mode="latex"/>

  <xsl:template match="*" mode="latex" priority="-1">
    <xsl:variable name="kind" select="sg:element-kind(.)"/>
    <xsl:if test="$kind != 'silent' and normalize-space(.) != ''">
      <xsl:call-template name="sgp:paragraph"/>
    </xsl:if>
  </xsl:template>

  <!-- An empty paragraph (EpiDoc's <p/> under an empty bibliography) is no paragraph: reledmac stops on \pstart \pend. -->
  <xsl:template match="(tei:p | tei:ab | tei:bibl | tei:item | tei:cell)[not(*) and normalize-space(.) = '']" mode="latex" priority="1"/>

  <xsl:template match="tei:p | tei:ab | tei:head | tei:speaker | tei:stage | tei:castItem | tei:bibl | tei:salute | tei:signed | tei:dateline
                       | tei:trailer | tei:byline | tei:epigraph | tei:argument | tei:docTitle | tei:titlePart | tei:docDate | tei:docAuthor
                       | tei:docImprint | tei:docEdition | tei:address | tei:item | tei:label" mode="latex">
    <xsl:call-template name="sgp:paragraph"/>
  </xsl:template>
  <!-- A list holds its items as paragraphs. -->
  <xsl:template match="tei:list | tei:table | tei:row" mode="latex">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:cell" mode="latex">
    <xsl:call-template name="sgp:paragraph"/>
  </xsl:template>

  <!-- A TEI example: its markup as a listing in the typewriter face, each line as written, as a paragraph of its own. -->
  <xsl:template match="eg:egXML" mode="latex">
    <xsl:value-of select="sgp:origin(.)"/>
    <xsl:text>\pstart \noindent{\ttfamily\small </xsl:text>
    <xsl:value-of select="string-join(sg:example-lines(.) ! sgp:listing-line(.), '\\&#10;')"/>
    <xsl:text>}&#10;\pend&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="eg:egXML" mode="latex-inline">
    <xsl:value-of select="'\texttt{' || sg:tex(string-join(sg:example-lines(.) ! normalize-space(.), ' ')) || '}'"/>
  </xsl:template>
  <!-- Mathematics as words: TeX taken from the source could do anything LaTeX can, so it is never passed on as TeX. -->
  <xsl:template match="m:math" mode="latex-inline">
    <xsl:value-of select="sg:tex(sg:math-text(.))"/>
  </xsl:template>

  <!-- A line of a listing: its indentation kept as fixed space, its characters escaped. -->
  <xsl:function name="sgp:listing-line" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:variable name="indent" select="sg:indentation($line)"/>
    <xsl:sequence select="(if ($indent gt 0) then '\mbox{}\hspace*{' || $indent * 0.5 || 'em}' else '') || sg:tex(substring($line, $indent + 1))"/>
  </xsl:function>

  <xsl:template name="sgp:paragraph">
    <xsl:variable name="style" select="if (self::tei:head) then '\textit{' else if (self::tei:speaker) then '\textsc{'
                                       else if (self::tei:stage) then '\textit{' else ''"/>
    <xsl:value-of select="sgp:origin(.)"/>
    <xsl:text>\pstart </xsl:text>
    <xsl:if test="self::tei:head or self::tei:speaker or self::tei:stage or self::tei:item or self::tei:castItem"><xsl:text>\noindent </xsl:text></xsl:if>
    <xsl:value-of select="$style"/>
    <xsl:apply-templates mode="latex-inline"/>
    <xsl:if test="$style != ''">}</xsl:if>
    <xsl:call-template name="sg:latex-located"/>
    <xsl:text>&#10;\pend&#10;</xsl:text>
  </xsl:template>

  <!-- A comment before each numbered paragraph naming the TEI element it comes from (its node id, as
       Sigla's Java reads it on the same tree), so that a LaTeX error is told at the element's place. -->
  <xsl:function name="sgp:origin" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="'&#10;%@' || replace(generate-id($element), '^d\d+', '') || '&#10;'"/>
  </xsl:function>

  <!-- Verse: a stanza's lines numbered as lines. -->
  <xsl:template match="tei:l" mode="latex">
    <xsl:value-of select="sgp:origin(.)"/>
    <xsl:text>\pstart \noindent </xsl:text>
    <xsl:apply-templates mode="latex-inline"/>
    <xsl:text>&#10;\pend&#10;</xsl:text>
  </xsl:template>

  <!-- Inline. -->
  <xsl:template match="*" mode="latex-inline" priority="-1">
    <xsl:if test="sg:element-kind(.) != 'silent'">
      <xsl:apply-templates mode="#current"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:hi" mode="latex-inline">
    <xsl:variable name="rend" select="tokenize(lower-case(string(@rend)), '\s+')"/>
    <xsl:value-of select="if ($rend = ('sup', 'superscript')) then '\textsuperscript{' else if ($rend = ('sub', 'subscript')) then '\textsubscript{'
                          else if ($rend = ('bold', 'b')) then '\textbf{' else if ($rend = ('smallcaps', 'sc')) then '\textsc{'
                          else if ($rend = ('initial', 'dropcap')) then '{' else '\textit{'"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned | tei:gloss | tei:title" mode="latex-inline">
    <xsl:text>\textit{</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>}</xsl:text>
    <xsl:if test="self::tei:title[@ref or @key]"><xsl:value-of select="sg:latex-mention-label(.)"/></xsl:if>
  </xsl:template>
  <!-- A name the indexes cite: its words, and a label where it stands. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name)[@ref or @key]" mode="latex-inline">
    <xsl:apply-templates mode="#current"/>
    <xsl:value-of select="sg:latex-mention-label(.)"/>
  </xsl:template>
  <xsl:template match="tei:q | tei:quote | tei:said[@direct = 'true'] | tei:soCalled" mode="latex-inline">
    <xsl:variable name="inner" select="exists(ancestor::tei:q | ancestor::tei:quote | ancestor::tei:said[@direct = 'true'] | ancestor::tei:soCalled)"/>
    <xsl:value-of select="sg:tex(sg:label(if ($inner) then 'quote-inner-open' else 'quote-open'))"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:value-of select="sg:tex(sg:label(if ($inner) then 'quote-inner-close' else 'quote-close'))"/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="latex-inline">
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <!-- In a footnote, where reledmac sets no margin note, the number stands raised after the bar. -->
  <xsl:template match="tei:pb[@n]" mode="latex-inline">
    <xsl:param name="in-note" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:value-of select="if ($in-note) then '\textbar\textsuperscript{' || sg:tex(@n) || '}' else '\textbar\ledsidenote{' || sg:tex(@n) || '}'"/>
  </xsl:template>
  <xsl:template match="tei:ptr[@target]" mode="latex-inline">
    <xsl:variable name="url" select="sg:safe-url(@target)"/>
    <xsl:if test="exists($url)"><xsl:value-of select="' \textless{}' || sg:tex($url) || '\textgreater{} '"/></xsl:if>
  </xsl:template>

  <!-- Notes: a familiar footnote, numbered as on the web (a number that is not one is left to reledmac). -->
  <xsl:template match="tei:note" mode="latex-inline">
    <xsl:if test="sg:is-inline-note(.)"><xsl:call-template name="sgp:footnote"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:anchor" mode="latex-inline">
    <xsl:if test="@xml:id">
      <xsl:if test="exists(key('sgp:apps-starting-at-anchor', @xml:id)) or exists(key('sgp:apps-ending-at', @xml:id))">
        <xsl:value-of select="'\edlabel{' || sgp:label(@xml:id) || '}'"/>
      </xsl:if>
      <xsl:for-each select="key('sgp:notes-by-target', @xml:id)[sgp:is-separate-note(.)]">
        <xsl:call-template name="sgp:footnote"/>
      </xsl:for-each>
      <xsl:call-template name="sg:latex-apart"/>
    </xsl:if>
  </xsl:template>
  <xsl:key name="sgp:apps-starting-at-anchor" match="tei:app[@from and @to]" use="sg:local-ids(@from)"/>

  <xsl:template name="sgp:footnote">
    <xsl:variable name="number" select="sg:note-number(.)"/>
    <xsl:if test="$number castable as xs:integer">
      <xsl:value-of select="'\setcounter{footnoteA}{' || (xs:integer($number) - 1) || '}'"/>
    </xsl:if>
    <xsl:text>\footnoteA{</xsl:text>
    <xsl:apply-templates mode="latex-note">
      <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:text>}</xsl:text>
    <xsl:call-template name="sg:latex-note-entries"/>
  </xsl:template>
  <!-- Mode latex-note: a note's words; its paragraphs run on, parted by a pilcrow-free space. -->
  <xsl:mode name="latex-note" on-no-match="shallow-skip"/>
  <xsl:template match="node()" mode="latex-note">
    <xsl:apply-templates select="." mode="latex-inline"/>
  </xsl:template>
  <xsl:template match="tei:p | tei:list | tei:item | tei:lg | tei:l" mode="latex-note">
    <xsl:text> </xsl:text><xsl:apply-templates mode="#current"/><xsl:text> </xsl:text>
  </xsl:template>

  <!-- Interventions and variants: the reading the text shows, with its entry in series A. -->
  <xsl:template match="tei:choice" mode="latex-inline">
    <xsl:call-template name="sg:latex-edtext">
      <xsl:with-param name="shown" select="sgp:inline(sg:shown(., $reading)/node())"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:app" mode="latex-inline">
    <xsl:if test="not(sg:is-kept-apart(.))">
      <xsl:call-template name="sg:latex-edtext">
        <xsl:with-param name="shown" select="sgp:inline(sg:shown-reading(., $witness)/node())"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="latex-inline">
    <xsl:call-template name="sg:latex-edtext">
      <xsl:with-param name="shown" select="sg:tex(sg:supplied-brackets(.)[1]) || sgp:inline(node()) || sg:tex(sg:supplied-brackets(.)[2])"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:del" mode="latex-inline">
    <xsl:call-template name="sg:latex-edtext">
      <xsl:with-param name="shown" select="if (sg:shows-deletions($reading)) then sgp:inline(node()) else ''"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:gap" mode="latex-inline">
    <xsl:call-template name="sg:latex-edtext">
      <xsl:with-param name="shown" select="sg:tex(sg:gap-text(.))"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:add | tei:subst | tei:unclear" mode="latex-inline">
    <xsl:variable name="words" select="sgp:inline(node())"/>
    <xsl:choose>
      <xsl:when test="sg:is-intervention(.)">
        <xsl:call-template name="sg:latex-edtext"><xsl:with-param name="shown" select="$words"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$words"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ex" mode="latex-inline">(<xsl:apply-templates mode="#current"/>)</xsl:template>
  <xsl:template match="tei:am" mode="latex-inline">
    <xsl:if test="sg:shows-abbreviation-marks($reading)"><xsl:apply-templates mode="#current"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:g" mode="latex-inline"><xsl:value-of select="sg:tex(sg:glyph-text(.))"/></xsl:template>
  <xsl:template match="tei:space" mode="latex-inline"><xsl:value-of select="sg:tex(sg:space-text(.))"/></xsl:template>

  <!-- The TeX of some nodes, as a string (the edtext's first argument). -->
  <xsl:function name="sgp:inline" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="latex-inline"/>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>
</xsl:stylesheet>
