<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode text-inline: the words of a block of the text view, as strings. Note calls become
  [1], supplied text [in brackets], quotations get the language's marks, and the reading
  (edited or source) is the one the common module chooses.
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

  <!-- Whether the source's page breaks appear in the text, as [p. 2]. -->
  <xsl:param name="page-breaks" as="xs:boolean" select="false()"/>

  <xsl:mode name="text-inline" on-no-match="text-only-copy"/>

  <!-- An element no template here names, by its kind (modules/common/element-kinds.xsl): silent (its
       note calls stay), a block set apart from its neighbours by spaces, or its words; a name that is
       not TEI also warns. -->
  <xsl:template match="*" mode="text-inline" priority="-1">
    <xsl:variable name="kind" select="sg:element-kind(.)"/>
    <xsl:choose>
      <xsl:when test="$kind = 'silent'">
        <xsl:apply-templates select="sg:calls-in(.)" mode="#current"/>
      </xsl:when>
      <xsl:when test="$kind = 'block'">
        <xsl:text> </xsl:text><xsl:apply-templates mode="#current"/><xsl:text> </xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$kind = 'unknown'"><xsl:call-template name="sg:warn-unhandled"/></xsl:if>
        <xsl:apply-templates mode="#current"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- In the run of a line, an example is its markup on one line, and mathematics its readable form. -->
  <xsl:template match="eg:egXML" mode="text-inline">
    <xsl:value-of select="string-join(sg:example-lines(.) ! normalize-space(.), ' ')"/>
  </xsl:template>
  <xsl:template match="m:math" mode="text-inline">
    <xsl:value-of select="sg:math-text(.)"/>
  </xsl:template>

  <!-- The words the other witnesses share, where the witness read is in a lacuna: it has none of them. -->
  <xsl:template match="text()[exists($sgp:lacuna-marks)][empty(ancestor::tei:note)][sg:lacunose(., $witness)]" mode="text-inline" priority="1"/>

  <xsl:template match="text()[sg:is-unclear-text(.)]" mode="text-inline">
    <xsl:value-of select="sg:unclear-letters(.)"/>
  </xsl:template>

  <!-- Leiden conventions (modules/common/leiden.xsl). -->
  <xsl:template match="tei:ex" mode="text-inline">(<xsl:apply-templates mode="#current"/>)</xsl:template>
  <xsl:template match="tei:am" mode="text-inline">
    <xsl:if test="sg:shows-abbreviation-marks($reading)"><xsl:apply-templates mode="#current"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:g" mode="text-inline"><xsl:value-of select="sg:glyph-text(.)"/></xsl:template>
  <xsl:template match="tei:space" mode="text-inline"><xsl:value-of select="sg:space-text(.)"/></xsl:template>

  <xsl:template match="tei:fw | tei:milestone | tei:cb | tei:figDesc | tei:witDetail | tei:interp | tei:interpGrp | tei:link | tei:linkGrp | tei:graphic" mode="text-inline">
    <xsl:apply-templates select="sg:calls-in(.)" mode="#current"/>
  </xsl:template>

  <!-- Phrase-level elements whose words are simply kept. -->
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:gloss | tei:title | tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name
                       | tei:date | tei:time | tei:num | tei:measure | tei:seg | tei:s | tei:w | tei:c | tei:pc | tei:distinct | tei:roleName | tei:forename | tei:surname
                       | tei:addName | tei:genName | tei:nameLink | tei:geogName | tei:settlement | tei:country | tei:region | tei:district | tei:bloc | tei:ref | tei:ptr[not(@target)]
                       | tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:unclear | tei:add | tei:subst | tei:damage | tei:restore | tei:secl | tei:surplus
                       | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:biblScope | tei:idno | tei:bibl | tei:cit | tei:said[not(@direct = 'true')] | tei:role | tei:roleDesc
                       | tei:actor | tei:addrLine | tei:salute | tei:signed | tei:dateline | tei:label | tei:lem | tei:rdg | tei:figure | tei:head" mode="text-inline">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
  <!-- A pointer has no words of its own: its address stands in angle brackets, as URLs do in running text,
       so that it never fuses with the word it follows. -->
  <xsl:template match="tei:ptr[@target]" mode="text-inline">
    <xsl:variable name="url" select="sg:safe-url(@target)"/>
    <xsl:if test="exists($url)">&lt;<xsl:value-of select="$url"/>&gt;</xsl:if>
  </xsl:template>

  <xsl:template match="tei:q | tei:quote | tei:said[@direct = 'true'] | tei:soCalled" mode="text-inline">
    <xsl:variable name="inner" select="exists(ancestor::tei:q | ancestor::tei:quote | ancestor::tei:said[@direct = 'true'] | ancestor::tei:soCalled)"/>
    <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-open' else 'quote-open')"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:value-of select="sg:label(if ($inner) then 'quote-inner-close' else 'quote-close')"/>
  </xsl:template>

  <!-- What a reading hides keeps its note calls. -->
  <xsl:template match="tei:choice" mode="text-inline">
    <xsl:apply-templates select="sg:shown(., $reading)/node(), sg:calls-in(* except sg:shown(., $reading))" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="text-inline">
    <xsl:if test="not(sg:is-kept-apart(.))">
      <xsl:apply-templates select="sg:shown-reading(., $witness)/node(), sg:calls-in(* except sg:shown-reading(., $witness))" mode="#current"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:del" mode="text-inline">
    <xsl:apply-templates select="if (sg:shows-deletions($reading)) then node() else sg:calls-in(.)" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="text-inline">
    <xsl:value-of select="sg:supplied-brackets(.)[1]"/><xsl:apply-templates mode="#current"/><xsl:value-of select="sg:supplied-brackets(.)[2]"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="text-inline"><xsl:value-of select="sg:gap-text(.)"/></xsl:template>

  <xsl:template match="tei:lb" mode="text-inline">
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="tei:pb" mode="text-inline">
    <xsl:if test="$page-breaks and @n"><xsl:text> [</xsl:text><xsl:value-of select="sg:label('page')"/>&#xA0;<xsl:value-of select="@n"/><xsl:text>] </xsl:text></xsl:if>
  </xsl:template>

  <!-- Notes leave their call, [1], where they are called. -->
  <xsl:template match="tei:note" mode="text-inline">
    <xsl:choose>
      <xsl:when test="sg:is-inline-note(.)">[<xsl:value-of select="sg:note-number(.)"/>]</xsl:when>
      <xsl:when test="sgp:is-separate-note(.)"/>
      <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:anchor" mode="text-inline">
    <xsl:for-each select="key('sgp:notes-by-target', @xml:id)[sgp:is-separate-note(.)]">[<xsl:value-of select="sg:note-number(.)"/>]</xsl:for-each>
  </xsl:template>

  <!-- A stage direction or speaker inside a line of verse or prose. -->
  <xsl:template match="tei:stage | tei:speaker" mode="text-inline">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <xsl:variable name="sgp:words-as-written" as="xs:boolean" select="not($sg:leiden) and empty($sgp:lacuna-marks)"/>

  <xsl:function name="sg:inline-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:choose>
        <!-- Words alone (most paragraphs of prose): their text, without a template per node, where
             no text node can be unclear (not Leiden) or in a lacuna (none marked), the two rules above. -->
        <xsl:when test="$sgp:words-as-written and empty($nodes[not(self::text())])">
          <xsl:sequence select="$nodes ! string()"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$nodes" mode="text-inline"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="sg:typography(normalize-space(string-join($parts)))"/>
  </xsl:function>
</xsl:stylesheet>
