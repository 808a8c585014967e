<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which reading a view shows, decided here once for every view: the edited reading
  (corr, reg, expan, lem) by default, the source's reading (sic, orig, abbr) on request.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <!-- "edited" (corr, reg, expan, lem) or "source" (sic, orig, abbr). -->
  <xsl:param name="reading" as="xs:string" select="'edited'"/>
  <!-- A witness's siglum (its xml:id) to read an apparatus through; empty: the lemma. -->
  <xsl:param name="witness" as="xs:string" select="''"/>

  <!-- Whether the source's reading differs from the edited one anywhere: only a choice, a deletion
       or an abbreviation mark reads differently. Most editions have none, and need one page. -->
  <xsl:variable name="sg:has-source-reading" as="xs:boolean" select="exists(/tei:TEI//(tei:choice | tei:del | tei:am))"/>

  <!-- The child of a choice that the reading shows. -->
  <xsl:function name="sg:shown" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:param name="reading" as="xs:string"/>
    <xsl:sequence select="if ($reading = 'source')
                          then ($choice/(tei:sic | tei:orig | tei:abbr), $choice/*)[1]
                          else ($choice/(tei:corr | tei:reg | tei:expan), $choice/*)[1]"/>
  </xsl:function>

  <!-- The reading of an app that the text shows: the witness's reading if one is asked for, else the
       lemma; nothing where the witness asked for is in a lacuna (it has no text there to show). -->
  <xsl:function name="sg:shown-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="witness" as="xs:string"/>
    <xsl:variable name="own" select="if ($witness != '') then $app/(tei:lem | tei:rdg | tei:rdgGrp/tei:rdg)[sg:local-ids(@wit) = $witness] else ()"/>
    <xsl:sequence select="if (empty($own) and sg:lacunose($app, $witness)) then ()
                          else ($own, $app/tei:lem, $app/(tei:rdg | tei:rdgGrp/tei:rdg))[1]"/>
  </xsl:function>

  <!-- Where witnesses break off and resume (lacunaStart and lacunaEnd, witEnd and witStart in a
       reading or with @wit of their own), in document order. Between the two, a witness has no
       text: not the words all the others share, nor the lemma of a place where it has no reading. -->
  <xsl:variable name="sgp:lacuna-marks" as="element()*"
      select="/tei:TEI/tei:text//(tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd)"/>

  <xsl:function name="sg:lacunose" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="witness" as="xs:string"/>
    <xsl:sequence select="$witness != '' and exists($sgp:lacuna-marks)
        and exists($sgp:lacuna-marks[. &lt;&lt; $node][sg:local-ids((@wit, ancestor::*[@wit][1]/@wit)[1]) = $witness][last()]
                   [self::tei:lacunaStart or self::tei:witEnd])"/>
  </xsl:function>

  <!-- Whether the reading shows what an add or a del holds: additions yes, deletions only in the source reading. -->
  <xsl:function name="sg:shows-deletions" as="xs:boolean">
    <xsl:param name="reading" as="xs:string"/>
    <xsl:sequence select="$reading = 'source'"/>
  </xsl:function>

  <!--
    Mode sg:plain: the words of a passage as the reading shows them, without notes or markup.
    Used for lemmata, index labels and anything that needs a passage as a string.
  -->
  <xsl:mode name="sg:plain" on-no-match="text-only-copy"/>
  <xsl:template match="tei:note | tei:figDesc | tei:witDetail" mode="sg:plain"/>
  <xsl:template match="tei:choice" mode="sg:plain">
    <xsl:apply-templates select="sg:shown(., $reading)/node()" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="sg:plain">
    <xsl:apply-templates select="sg:shown-reading(., $witness)/node()" mode="#current"/>
  </xsl:template>
  <xsl:template match="tei:del" mode="sg:plain">
    <xsl:if test="sg:shows-deletions($reading)">
      <xsl:apply-templates mode="#current"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="sg:plain">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>]</xsl:text>
  </xsl:template>
  <!-- A name made of parts with no text between them (<forename/><surname/>, or a name in two
       languages) is read with a space between the parts; an identifier in a name is not read. -->
  <xsl:template match="(tei:persName | tei:name | tei:orgName | tei:author | tei:editor | tei:principal)[count(*) gt 1][not(text()[normalize-space()])]" mode="sg:plain">
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="." mode="#current"/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:titleStmt/(tei:author | tei:editor | tei:principal | tei:respStmt)//tei:idno" mode="sg:plain"/>
  <xsl:template match="tei:lb | tei:cb" mode="sg:plain">
    <xsl:if test="not(@break = 'no')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:function name="sg:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="sg:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>
</xsl:stylesheet>
