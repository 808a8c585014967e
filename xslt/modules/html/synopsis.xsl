<?xml version="1.0" encoding="UTF-8"?>
<!--
  The synopsis (synopsis.html, beside the web edition) of an edition with two witnesses or
  more: a column per witness, a row per paragraph, line or heading of the text, each cell
  that block as the witness reads it, its variants marked and linked to their apparatus
  entries. A reader chooses the columns with checkboxes, which work without script (the
  style sheet hides the columns of those unticked); on a narrow screen the table scrolls
  sideways, two columns in view. With more than four witnesses, three columns are written
  and the script builds the others from the readings (see sgp:written-columns).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:template name="sg:synopsis-page">
    <xsl:call-template name="sg:html-page">
      <xsl:with-param name="page-title" select="sg:label('synopsis') || ' — ' || sg:plain(sg:main-title($sg:file-desc))"/>
      <xsl:with-param name="current" select="'synopsis'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The columns written into the page: every witness's when there are few; else the first
       two, and a reader's script builds any other from the readings of the places of variation
       (sgp:synopsis-readings). The page then weighs as the text and its variants, not as the
       text times the witnesses: 46 witnesses written out made a page 20 times the edition's. -->
  <xsl:variable name="sgp:written-columns" as="xs:integer"
      select="if (count($sg:synopsis-witnesses) le 4) then count($sg:synopsis-witnesses) else 2"/>

  <xsl:template match=".[. = 'synopsis-table']" mode="sg:beside-facsimile">
    <div class="synopsis-scroll" role="region" aria-labelledby="title" tabindex="0">
      <table class="synopsis-table">
        <thead>
          <tr>
            <th scope="col" class="synopsis-place"><span class="visually-hidden"><xsl:value-of select="sg:label('paragraph')"/></span></th>
            <xsl:for-each select="subsequence($sg:synopsis-witnesses, 1, $sgp:written-columns)">
              <th scope="col" class="w-{position()}"><xsl:sequence select="sg:siglum-link(., sg:siglum(.))"/></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$sg:synopsis-rows">
            <xsl:variable name="block" select="."/>
            <tr id="{sg:synopsis-row-id(.)}">
              <th scope="row" class="synopsis-place"><xsl:value-of select="sg:place-label(sg:place(.))"/>
            <xsl:apply-templates select="sgp:breaks-before-row(.)" mode="html">
              <xsl:with-param name="shown-witness" select="''" tunnel="yes"/>
            </xsl:apply-templates>
          </th>
              <xsl:for-each select="subsequence($sg:synopsis-witnesses, 1, $sgp:written-columns)">
                <xsl:variable name="column" select="position()"/>
                <td class="w-{$column}">
                  <xsl:variable name="cell">
                    <xsl:apply-templates select="$block/node()" mode="html">
                      <xsl:with-param name="shown-witness" select="string(@xml:id)" tunnel="yes"/>
                    </xsl:apply-templates>
                  </xsl:variable>
                  <xsl:apply-templates select="$cell" mode="sgp:synopsis-cell">
                    <xsl:with-param name="column" select="$column" tunnel="yes"/>
                  </xsl:apply-templates>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- The page breaks with an image that stand between rows (a row shows those inside it): each
       is shown at the head of the row after it, so that the image follows the synopsis too. -->
  <xsl:variable name="sgp:breaks-between-rows" as="map(xs:string, element(tei:pb)+)" select="
      if (not($sg:has-facsimile)) then map{} else map:merge(
        for $pb in $sg:facsimile-pages/@pb ! key('sgp:page-break', ., $sg:document)[empty(sg:synopsis-row(.))],
            $row in $pb/following::*[map:contains($sgp:synopsis-row-numbers, generate-id(.))][1]
        return map:entry(generate-id($row), $pb), map{'duplicates': 'combine'})"/>

  <xsl:function name="sgp:breaks-before-row" as="element(tei:pb)*">
    <xsl:param name="row" as="element()"/>
    <xsl:sequence select="$sgp:breaks-between-rows(generate-id($row))"/>
  </xsl:function>

  <xsl:template match=".[. = 'synopsis']" mode="sg:page-content">
    <h1 id="title"><xsl:value-of select="sg:label('synopsis')"/></h1>
    <p class="subtitle"><a href="{$edited-page}"><xsl:value-of select="sg:plain(sg:main-title($sg:file-desc))"/></a></p>
    <div class="synopsis">
      <xsl:if test="$sgp:written-columns lt count($sg:synopsis-witnesses)">
        <p class="synopsis-default" id="synopsis-default">
          <xsl:value-of select="sg:label('synopsis-default') || ' ' || string-join(subsequence($sg:synopsis-witnesses, 1, $sgp:written-columns) ! string((@n, @xml:id)[1]), ', ') || '.'"/>
          <noscript><xsl:value-of select="' ' || sg:label('synopsis-needs-script')"/></noscript>
        </p>
      </xsl:if>
      <p class="synopsis-choice" id="synopsis-choice"><xsl:value-of select="sg:label('witnesses-shown') || sg:label('colon')"/></p>
      <xsl:for-each select="$sg:synopsis-witnesses">
        <!-- A column not written is built by the script; without one its box cannot be ticked. -->
        <input type="checkbox" class="synopsis-show" id="show-{position()}" aria-describedby="synopsis-choice" data-witness="{@xml:id}">
          <xsl:if test="position() le $sgp:written-columns"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
          <xsl:if test="position() gt $sgp:written-columns"><xsl:attribute name="disabled" select="'disabled'"/></xsl:if>
        </input>
        <label for="show-{position()}"><xsl:value-of select="(@n, @xml:id)[1]"/></label>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:call-template name="sg:with-facsimile">
        <xsl:with-param name="text" select="'synopsis-table'"/>
      </xsl:call-template>
      <xsl:if test="$sgp:written-columns lt count($sg:synopsis-witnesses)">
        <script type="application/json" id="synopsis-readings"><xsl:value-of select="sgp:synopsis-readings()"/></script>
      </xsl:if>
    </div>
    <xsl:for-each select="$sg:document">
      <xsl:variable name="notes">
        <xsl:call-template name="sg:notes-section"/>
      </xsl:variable>
      <xsl:apply-templates select="$notes" mode="sgp:synopsis-notes"/>
    </xsl:for-each>
  </xsl:template>

  <!-- For the columns the script builds: each witness's title, and for each place of variation
       in the rows (by the id its span has in the first column), its readings as HTML, each with
       the numbers of the columns of the witnesses that read it; the reading most witnesses share
       says "*", for every witness not named in another (a witness named nowhere, in a lacuna, has
       none). A column is the first one with each place's content replaced by the witness's reading. -->
  <xsl:function name="sgp:synopsis-readings" as="xs:string">
    <xsl:variable name="columns" select="map:merge(for $i in 1 to count($sg:synopsis-witnesses) return map:entry(string($sg:synopsis-witnesses[$i]/@xml:id), $i))"/>
    <xsl:variable name="apps" select="$sg:synopsis-rows//tei:app[not(sg:is-kept-apart(.))]"/>
    <xsl:sequence select="serialize(map{
        'witnesses': array{ $sg:synopsis-witnesses ! map{'href': $edited-page || '#' || sg:witness-id(.), 'preview': sg:siglum(.) || ': ' || sg:witness-summary(.)} },
        'places': map:merge(for $app in $apps return map:entry(sg:entry-id($app), array{
            let $readings := $app/(tei:lem | tei:rdg | tei:rdgGrp/tei:rdg),
                $most := sort($readings, (), function ($r) { - count(sg:local-ids($r/@wit)) })[1]
            return (for $rdg in $readings
                    return [sgp:reading-html($rdg), if ($rdg is $most) then '*' else array{ sg:local-ids($rdg/@wit)[map:contains($columns, .)] ! $columns(.) }]) }))
      }, map{'method': 'json'})"/>
  </xsl:function>

  <xsl:function name="sgp:reading-html" as="xs:string">
    <xsl:param name="rdg" as="element()"/>
    <xsl:variable name="html">
      <xsl:apply-templates select="$rdg/node()" mode="html">
        <xsl:with-param name="shown-witness" select="(sg:local-ids($rdg/@wit), '')[1]" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="serialize($html, map{'method': 'html', 'html-version': 5})"/>
  </xsl:function>

  <!--
    Mode sgp:synopsis-cell: a block as one witness reads it, made unique in the page: its ids
    take the column's number, and its links lead to the notes below or to the web edition.
  -->
  <xsl:mode name="sgp:synopsis-cell" on-no-match="shallow-copy"/>
  <xsl:template match="@id" mode="sgp:synopsis-cell">
    <xsl:param name="column" as="xs:integer" tunnel="yes"/>
    <xsl:attribute name="id" select=". || '-c' || $column"/>
  </xsl:template>
  <xsl:template match="@href[starts-with(., '#')]" mode="sgp:synopsis-cell">
    <xsl:attribute name="href" select="if (substring(., 2) = $sg:notes ! sg:note-id(.)) then . else $edited-page || ."/>
  </xsl:template>

  <!-- Mode sgp:synopsis-notes: the notes section, each note leading back to its call in the first column. -->
  <xsl:mode name="sgp:synopsis-notes" on-no-match="shallow-copy"/>
  <xsl:template match="@href[starts-with(., '#call-')]" mode="sgp:synopsis-notes">
    <xsl:attribute name="href" select=". || '-c1'"/>
  </xsl:template>
</xsl:stylesheet>
