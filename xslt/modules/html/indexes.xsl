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
    <xsl:variable name="mentions" select="key('sg:mentions', @xml:id)"/>
    <li id="{@xml:id}" class="index-entry">
      <span class="index-name"><xsl:value-of select="sg:entry-name(.)"/></span>
      <xsl:variable name="life" select="string-join((tei:birth/(@when, @notBefore)[1], tei:death/(@when, @notAfter)[1]) ! substring(., 1, 4), '–')"/>
      <xsl:if test="$life != ''"><xsl:text> </xsl:text><span class="index-dates">(<xsl:value-of select="$life"/>)</span></xsl:if>
      <xsl:for-each select="tei:note | tei:desc | tei:occupation">
        <xsl:text> — </xsl:text><span class="index-desc"><xsl:apply-templates mode="html"/></span>
      </xsl:for-each>
      <xsl:variable name="links" select="(.//tei:ptr/@target | .//tei:ref/@target | tei:idno[@type = ('URI', 'URL')])[exists(sg:safe-url(.))]"/>
      <xsl:if test="exists($links)">
        <span class="index-links">
          <xsl:text> </xsl:text>
          <xsl:for-each select="$links">
            <a class="external" href="{sg:safe-url(.)}"><xsl:value-of select="sgp:link-label(.)"/></a>
            <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:if test="exists($mentions)">
        <span class="index-occurrences" aria-label="{sg:label('occurrences')}">
          <xsl:text> → </xsl:text>
          <!-- Each place once, in reading order ("/." sorts and removes duplicates). -->
          <xsl:for-each select="($mentions ! sg:place(.))/.">
            <a class="occurrence" href="#{sg:place-id(.)}"><xsl:value-of select="sg:place-label(.)"/></a>
            <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A readable label for an external link: the host and the last part of the path. -->
  <xsl:function name="sgp:link-label" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="host" select="replace($url, '^[a-z]+://([^/]+).*$', '$1', 'i')"/>
    <xsl:variable name="last" select="tokenize(replace($url, '[?#].*$', ''), '/')[. != ''][last()]"/>
    <xsl:sequence select="if ($host = $url) then $url else $host || ' (' || $last || ')'"/>
  </xsl:function>
</xsl:stylesheet>
