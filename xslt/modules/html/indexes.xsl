<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode html-index: the indexes of persons, places, organisations and works, from the
  edition's lists. Each entry gives its description and links, and every place in the
  text (paragraph or note) where it is named, as a link back there.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="http://sigla.org/ns"
    xmlns:sgp="http://sigla.org/ns/private"
    exclude-result-prefixes="#all">

  <xsl:mode name="html-index" on-no-match="shallow-skip"/>

  <xsl:template name="sg:indexes">
    <xsl:variable name="root" select="/"/>
    <xsl:for-each select="$sg:index-kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:variable name="entries" select="sg:index-entries($root, $kind)"/>
      <xsl:if test="exists($entries)">
        <section id="index-{$kind}" class="index" aria-labelledby="index-{$kind}-title">
          <h2 id="index-{$kind}-title"><xsl:value-of select="sg:label('index-' || $kind)"/></h2>
          <ul class="index-list">
            <xsl:apply-templates select="$entries" mode="html-index">
              <xsl:sort select="lower-case(sg:sort-name(.))" lang="{$lang}"/>
            </xsl:apply-templates>
          </ul>
        </section>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="*" mode="html-index">
    <xsl:variable name="mentions" select="key('sg:mentions', @xml:id, $sg:edition)"/>
    <li id="{@xml:id}" class="index-entry">
      <xsl:call-template name="sg:entry-data"/>
      <xsl:if test="exists($mentions)">
        <span class="index-occurrences" aria-label="{sg:label('occurrences')}">
          <xsl:text> → </xsl:text>
          <!-- Each place once, in reading order ("/." sorts and removes duplicates). -->
          <xsl:for-each select="($mentions ! sg:mention-place(.))/.">
            <a class="occurrence" href="#{sg:mention-place-id(.)}"><xsl:value-of select="sg:mention-place-label(.)"/></a>
            <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:if test="$corpus-indexes != ''">
        <xsl:text> </xsl:text>
        <a class="corpus-entry" href="{$corpus-indexes}{sg:entry-kind(.)}.html#{sg:corpus-anchor(sg:corpus-key(.))}">
          <xsl:value-of select="sg:label('in-the-corpus')"/></a>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The record of what the edition names, for the corpus-wide indexes (corpus.xsl): each
       entry once, by the key the corpus merges entries by, with what it says of itself and
       every place in the edition that names it. -->
  <xsl:template name="sg:mentions-record">
    <xsl:sequence select="$sg:mentions"/>
  </xsl:template>

  <!-- Computed once: the search's record of names is read off it too (modules/html/search-record.xsl). -->
  <xsl:variable name="sg:mentions" as="element(mentions)">
    <xsl:variable name="root" select="/"/>
    <mentions>
      <xsl:for-each select="$sg:index-kinds">
        <xsl:variable name="kind" select="."/>
        <xsl:for-each select="sg:index-entries($root, $kind)">
          <xsl:variable name="places" select="(key('sg:mentions', @xml:id, $sg:edition) ! sg:mention-place(.))/."/>
          <xsl:if test="exists($places)">
            <entry kind="{$kind}" key="{sg:corpus-key(.)}" sort="{lower-case(sg:sort-name(.))}">
              <data><xsl:call-template name="sg:entry-data"/></data>
              <xsl:for-each select="$places">
                <place href="{$edited-page}#{sg:mention-place-id(.)}" label="{sg:mention-place-label(.)}"/>
              </xsl:for-each>
            </entry>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </mentions>
  </xsl:variable>

  <!-- What an index entry says of itself, in the edition's index and the corpus's alike:
       name, life, gender, occupations, description, place on the map, authority records. -->
  <xsl:template name="sg:entry-data">
    <span class="index-name"><xsl:value-of select="sg:entry-name(.)"/></span>
    <xsl:variable name="life" select="sg:life(.)"/>
    <xsl:if test="$life != ''"><xsl:text> </xsl:text><span class="index-dates">(<xsl:value-of select="$life"/>)</span></xsl:if>
    <xsl:variable name="facts" select="((tei:sex, tei:gender)[1], tei:occupation)[normalize-space()]"/>
    <xsl:if test="exists($facts)">
      <xsl:text>, </xsl:text>
      <span class="index-facts"><xsl:value-of select="string-join($facts ! sg:plain(.), ', ')"/></span>
    </xsl:if>
    <xsl:for-each select="sg:entry-descriptions(., $lang)">
      <xsl:text> — </xsl:text><span class="index-desc"><xsl:apply-templates mode="html"/></span>
    </xsl:for-each>
    <xsl:for-each select="(.//tei:location/tei:geo, tei:geo)[1][matches(normalize-space(), '^-?\d+(\.\d+)?[ ,]+-?\d+(\.\d+)?$')]">
      <xsl:variable name="at" select="tokenize(normalize-space(), '[ ,]+')"/>
      <xsl:text> </xsl:text>
      <a class="external index-geo" href="https://www.openstreetmap.org/?mlat={$at[1]}&amp;mlon={$at[2]}#map=10/{$at[1]}/{$at[2]}">
        <xsl:value-of select="$at[1] || ', ' || $at[2]"/></a>
    </xsl:for-each>
    <xsl:variable name="links" select="sg:entry-links(.)"/>
    <xsl:if test="exists($links)">
      <span class="index-links">
        <xsl:text> </xsl:text>
        <xsl:for-each select="$links">
          <a class="external" href="{?url}"><xsl:value-of select="?label"/></a>
          <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
